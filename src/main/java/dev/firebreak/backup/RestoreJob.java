package dev.firebreak.backup;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.DatabaseNames;
import dev.firebreak.backup.database.ScratchLock;
import dev.firebreak.backup.database.ScratchPurpose;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.restore.RestoreRecord;
import dev.firebreak.backup.restore.RestoreRecords;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProcessLock;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.TestPausePoint;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Restores a backup whose checksum was verified first (a damaged archive is refused before any database is
 * touched). {@code new} restores beside the live database; {@code replace} swaps by rename only after the
 * restored copy has the manifest's row counts, so every failure leaves the live database as it was. Both renames of
 * the swap are one transaction, and a {@link RestoreRecord} names what Undo may swap back.
 */
public final class RestoreJob {
    private final BackupEngine engine;
    private final String backupId;
    private final Database target;
    private final RestoreMode mode;
    private final String newName;

    RestoreJob(BackupEngine engine, String backupId, Database target, RestoreMode mode) {
        this(engine, backupId, target, mode, null);
    }

    private RestoreJob(BackupEngine engine, String backupId, Database target, RestoreMode mode, String newName) {
        this.engine = engine;
        this.backupId = backupId;
        this.target = target;
        this.mode = mode;
        this.newName = newName;
        if (mode == RestoreMode.TABLES) {
            throw new IllegalArgumentException("A tables restore is a TableRestoreJob: BackupEngine.restoreTables");
        }
    }

    /** The same restore as new into a database called {@code name} (which must not exist yet). */
    public RestoreJob named(String name) {
        if (mode != RestoreMode.NEW) {
            throw new UserFacingException("Only a restore as a new database takes a name (--mode new).");
        }
        return new RestoreJob(engine, backupId, target, mode, DatabaseNames.requireValid(name));
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
        String name = newName != null ? unused(newName) : freeName(DatabaseNames.restored(target.profile().database(),
                engine.clock().instant()));
        long rows = restoreChecked(archive, pgRestores, name, monitor);
        return new RestoreOutcome(backupId, mode, name, null, null, rows, engine.clock().instant());
    }

    /** {@code base}, else {@code base_2}, {@code base_3}…: the first name no database on the server has. */
    private String freeName(String base) {
        DatabaseAdmin admin = new DatabaseAdmin(target);
        try {
            String name = base;
            for (int n = 2; admin.exists(name); n++) {
                name = DatabaseNames.numbered(base, n);
            }
            return name;
        } catch (SQLException e) {
            throw SqlFailures.of("Looking for a free database name", e, "No database was touched.");
        }
    }

    private String unused(String name) {
        try {
            if (new DatabaseAdmin(target).exists(name)) {
                throw new UserFacingException("A database called " + name + " exists already: choose another name "
                        + "(or leave --name out for a free one). No database was touched.");
            }
            return name;
        } catch (SQLException e) {
            throw SqlFailures.of("Looking up database " + name, e, "No database was touched.");
        }
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
        TestPausePoint.reached("after-safety-backup");
        Instant at = engine.clock().instant();
        String temporary = DatabaseNames.scratch(live, ScratchPurpose.RESTORING, at);
        String kept = DatabaseNames.beforeRestore(live, at);
        ConnectionProfile profile = target.profile();
        RestoreRecord record = new RestoreRecord(RestoreRecords.newId(at), profile.name(), profile.host(), profile.port(),
                live, kept, temporary, backupId, safety.id(), at, ProcessHandle.current().pid(), false);
        RestoreRecords records = engine.restoreRecords();
        records.write(record); // before the scratch database exists: while this process lives, it is not a leftover
        long rows;
        // held until the copy is swapped in under the live name or dropped: a kill leaves it unheld, a leftover
        try (ProcessLock lock = ScratchLock.take(engine.scratchLocks(), temporary)) {
            rows = restoreChecked(archive, pgRestores, temporary, monitor);
            TestPausePoint.reached("before-swap");
            monitor.update("Swapping " + temporary + " in as " + live, 0, -1);
            swap(live, kept, temporary, untouched);
        } catch (RuntimeException e) {
            records.remove(record);
            throw e;
        }
        TestPausePoint.reached("after-swap");
        records.write(record.asSwapped());
        return new RestoreOutcome(backupId, mode, live, kept, safety.id(), rows, engine.clock().instant());
    }

    /** One transaction: live becomes kept and the restored copy becomes live, or (on any failure) neither. */
    private void swap(String live, String kept, String temporary, String untouched) {
        DatabaseAdmin admin = new DatabaseAdmin(target);
        try {
            admin.swap(new DatabaseAdmin.Rename(live, kept), new DatabaseAdmin.Rename(temporary, live));
        } catch (SQLException e) {
            CheckedRestore.dropQuietly(admin, temporary);
            throw SqlFailures.of("Swapping the restored copy in as " + live, e, untouched + " The restored copy was removed.");
        }
    }

    private long restoreChecked(VerifiedArchive archive, CompletableFuture<ArchiveRestore.Candidates> pgRestores,
                                String database, ProgressMonitor monitor) {
        try {
            return CheckedRestore.into(archive, pgRestores, target, database, monitor);
        } catch (UserFacingException e) {
            throw new UserFacingException(e.getMessage() + " '" + target.profile().database() + "' was not changed.", e);
        }
    }

}
