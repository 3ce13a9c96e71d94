package dev.firebreak.backup;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Restores a backup whose checksum was verified first (a damaged archive is refused before any database is
 * touched). {@code new} restores beside the live database; {@code replace} swaps by rename only after the
 * restored copy has the manifest's row counts, so every failure leaves the live database as it was.
 */
public final class RestoreJob {
    private final BackupEngine engine;
    private final String backupId;
    private final Database target;
    private final RestoreMode mode;

    RestoreJob(BackupEngine engine, String backupId, Database target, RestoreMode mode) {
        this.engine = engine;
        this.backupId = backupId;
        this.target = target;
        this.mode = mode;
        if (mode == RestoreMode.TABLES) {
            throw new IllegalArgumentException("A tables restore is a TableRestoreJob: BackupEngine.restoreTables");
        }
    }

    public RestoreOutcome call(ProgressMonitor monitor) {
        String live = target.profile().database();
        engine.events().publish(new BackupEvents.RestoreStarted(engine.clock().instant(), backupId, live, mode));
        try {
            monitor.update("Checking the archive's SHA-256", 0, -1);
            // looking up the server and the pg_restores changes nothing: done while the archive is hashed (which gates
            // every change) rather than after
            CompletableFuture<ArchiveRestore.Candidates> pgRestores = ArchiveRestore.lookUp(engine, target);
            VerifiedArchive archive = engine.store().open(backupId, monitor);
            RestoreOutcome outcome = mode == RestoreMode.NEW ? restoreNew(archive, pgRestores, monitor)
                    : replace(archive, pgRestores, monitor);
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), backupId, live, mode, outcome, null));
            return outcome;
        } catch (RuntimeException e) {
            String reason = e instanceof CancelledException ? "cancelled" : e.getMessage();
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), backupId, live, mode, null, reason));
            throw e;
        }
    }

    private RestoreOutcome restoreNew(VerifiedArchive archive, CompletableFuture<ArchiveRestore.Candidates> pgRestores,
                                      ProgressMonitor monitor) {
        String name = DatabaseNames.restored(target.profile().database(), engine.clock().instant());
        long rows = restoreChecked(archive, pgRestores, name, monitor);
        return new RestoreOutcome(backupId, mode, name, null, null, rows, engine.clock().instant());
    }

    private RestoreOutcome replace(VerifiedArchive archive, CompletableFuture<ArchiveRestore.Candidates> pgRestores,
                                   ProgressMonitor monitor) {
        String live = target.profile().database();
        String untouched = " '" + live + "' was not changed.";
        monitor.update("Safety backup of " + live, 0, -1);
        BackupManifest safety;
        try {
            safety = engine.backup(target, BackupLabel.PRE_RESTORE).call(monitor);
        } catch (UserFacingException e) {
            throw new UserFacingException("The safety backup before the restore failed, so nothing was restored: "
                    + e.getMessage(), e);
        }
        Instant at = engine.clock().instant();
        String temporary = DatabaseNames.scratch(live, "restoring", at);
        long rows = restoreChecked(archive, pgRestores, temporary, monitor);
        String kept = DatabaseNames.beforeRestore(live, at);
        DatabaseAdmin admin = new DatabaseAdmin(target);
        monitor.update("Swapping " + temporary + " in as " + live, 0, -1);
        try {
            admin.rename(live, kept);
        } catch (SQLException e) {
            CheckedRestore.dropQuietly(admin, temporary);
            throw SqlFailures.of("Renaming " + live + " aside", e, untouched + " The restored copy was removed.");
        }
        try {
            admin.rename(temporary, live);
        } catch (SQLException e) {
            swapBack(admin, kept, live, e);
            CheckedRestore.dropQuietly(admin, temporary);
            throw SqlFailures.of("Renaming the restored copy to " + live, e, untouched);
        }
        return new RestoreOutcome(backupId, mode, live, kept, safety.id(), rows, engine.clock().instant());
    }

    private long restoreChecked(VerifiedArchive archive, CompletableFuture<ArchiveRestore.Candidates> pgRestores,
                                String database, ProgressMonitor monitor) {
        try {
            return CheckedRestore.into(archive, pgRestores, target, database, monitor);
        } catch (UserFacingException e) {
            throw new UserFacingException(e.getMessage() + " '" + target.profile().database() + "' was not changed.", e);
        }
    }

    private static void swapBack(DatabaseAdmin admin, String kept, String live, SQLException cause) {
        try {
            admin.rename(kept, live);
        } catch (SQLException again) {
            cause.addSuppressed(again);
            throw new UserFacingException("Renaming back failed too: the previous database is now called " + kept
                    + ". Rename it back by hand: ALTER DATABASE \"" + kept + "\" RENAME TO \"" + live + "\"", cause);
        }
    }
}
