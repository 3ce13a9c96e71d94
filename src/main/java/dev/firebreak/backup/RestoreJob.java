package dev.firebreak.backup;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

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
    }

    public RestoreOutcome call(ProgressMonitor monitor) {
        String live = target.profile().database();
        monitor.update("Checking the archive's SHA-256", 0, -1);
        VerifiedArchive archive = engine.store().open(backupId);
        engine.events().publish(new BackupEvents.RestoreStarted(engine.clock().instant(), backupId, live, mode));
        try {
            RestoreOutcome outcome = mode == RestoreMode.NEW ? restoreNew(archive, monitor) : replace(archive, monitor);
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), backupId, live, mode, outcome, null));
            return outcome;
        } catch (RuntimeException e) {
            String reason = e instanceof CancelledException ? "cancelled" : e.getMessage();
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), backupId, live, mode, null, reason));
            throw e;
        }
    }

    private RestoreOutcome restoreNew(VerifiedArchive archive, ProgressMonitor monitor) {
        String name = DatabaseNames.restored(target.profile().database(), engine.clock().instant());
        long rows = restoreChecked(archive, name, monitor);
        return new RestoreOutcome(backupId, mode, name, null, null, rows, engine.clock().instant());
    }

    private RestoreOutcome replace(VerifiedArchive archive, ProgressMonitor monitor) {
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
        long rows = restoreChecked(archive, temporary, monitor);
        String kept = DatabaseNames.beforeRestore(live, at);
        DatabaseAdmin admin = new DatabaseAdmin(target);
        monitor.update("Swapping " + temporary + " in as " + live, 0, -1);
        try {
            admin.rename(live, kept);
        } catch (SQLException e) {
            dropQuietly(admin, temporary);
            throw SqlFailures.of("Renaming " + live + " aside", e, untouched + " The restored copy was removed.");
        }
        try {
            admin.rename(temporary, live);
        } catch (SQLException e) {
            swapBack(admin, kept, live, e);
            dropQuietly(admin, temporary);
            throw SqlFailures.of("Renaming the restored copy to " + live, e, untouched);
        }
        return new RestoreOutcome(backupId, mode, live, kept, safety.id(), rows, engine.clock().instant());
    }

    /**
     * Creates {@code database}, restores into it and checks every table's row count against the manifest; on any
     * failure (or cancel) the new database is dropped again.
     */
    private long restoreChecked(VerifiedArchive archive, String database, ProgressMonitor monitor) {
        DatabaseAdmin admin = new DatabaseAdmin(target);
        String live = target.profile().database();
        ArchiveRestore restore;
        try {
            restore = ArchiveRestore.forServer(engine, admin.serverMajor(), archive.manifest());
            admin.create(database);
        } catch (SQLException e) {
            throw SqlFailures.of("Creating database " + database, e, "'" + live + "' was not changed.");
        }
        try {
            restore.into(archive, target.other(database), monitor);
            List<TableComparison> wrong = RowCounts.mismatches(RowCounts.compare(archive.manifest(), target.other(database)));
            if (!wrong.isEmpty()) {
                throw new UserFacingException("The restored copy does not match the backup's row counts: "
                        + wrong.stream().map(TableComparison::describe).toList());
            }
            monitor.checkCancelled(); // the last moment a cancel can still avoid the swap
            return archive.manifest().totalRows();
        } catch (RuntimeException e) {
            dropQuietly(admin, database);
            if (e instanceof UserFacingException) {
                throw new UserFacingException(e.getMessage() + ". The partial copy " + database + " was removed; '"
                        + live + "' was not changed.", e);
            }
            throw e;
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

    private static void dropQuietly(DatabaseAdmin admin, String database) {
        try {
            admin.drop(database);
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(RestoreJob.class).warn("Could not drop {}: {}", database, e.getMessage());
        }
    }
}
