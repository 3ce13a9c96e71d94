package dev.firebreak.backup;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.tables.RowCountCheck;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a database, restores a verified archive into it and checks every table's row count against the manifest
 * (counting while pg_restore still builds indexes, when it can).
 * On any failure or cancel the new database is dropped again: a restore leaves a complete copy or nothing.
 */
final class CheckedRestore {
    private static final Logger LOG = LoggerFactory.getLogger(CheckedRestore.class);

    private CheckedRestore() {
    }

    /**
     * Returns the number of rows restored (all checked); {@code pgRestores} is {@link ArchiveRestore#lookUp} of
     * {@code server}, started while the archive was being checked.
     */
    static long into(VerifiedArchive archive, CompletableFuture<ArchiveRestore.Candidates> pgRestores, Database server,
                     String database, ProgressMonitor monitor) {
        ArchiveRestore restore = ArchiveRestore.Candidates.forArchive(pgRestores, archive.manifest());
        DatabaseAdmin admin = new DatabaseAdmin(server);
        try {
            admin.create(database);
        } catch (SQLException e) {
            throw SqlFailures.of("Creating database " + database, e, "No other database was touched.");
        }
        RowCountCheck check = new RowCountCheck(archive.manifest(), server.other(database));
        try {
            check.start();
            restore.into(archive, server.other(database), monitor, check::dataLoaded);
            monitor.update("Checking the row counts of " + database, 0, -1);
            List<TableComparison> wrong = check.mismatches();
            if (!wrong.isEmpty()) {
                throw new UserFacingException("The restored copy does not match the backup's row counts: "
                        + wrong.stream().map(TableComparison::describe).toList());
            }
            monitor.checkCancelled(); // the last moment a cancel can still stop what comes next
            return archive.manifest().totalRows();
        } catch (RuntimeException e) {
            check.awaitQuietly();
            dropQuietly(admin, database);
            if (e instanceof UserFacingException) {
                throw new UserFacingException(e.getMessage() + ". The partial copy " + database + " was removed.", e);
            }
            throw e;
        }
    }

    static void dropQuietly(DatabaseAdmin admin, String database) {
        try {
            admin.drop(database);
        } catch (SQLException e) {
            LOG.warn("Could not drop {}: {}", database, e.getMessage());
        }
    }
}
