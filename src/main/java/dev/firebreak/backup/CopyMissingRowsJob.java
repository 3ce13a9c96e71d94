package dev.firebreak.backup;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.tables.MissingRows;
import dev.firebreak.backup.tables.RowsCopied;
import dev.firebreak.backup.tables.SideSchema;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The second, explicit step of a tables restore: copies every side table's missing rows into its live table, in
 * one transaction, so a failure or cancel copies nothing. Columns are matched by name and type; what cannot be
 * mapped is reported, and a table that cannot be copied safely (no primary key, gone live) is skipped with the reason.
 */
public final class CopyMissingRowsJob {
    private final BackupEngine engine;
    private final Database live;
    private final String schema;

    CopyMissingRowsJob(BackupEngine engine, Database live, String schema) {
        this.engine = engine;
        this.live = live;
        this.schema = schema;
    }

    public RowsCopied call(ProgressMonitor monitor) {
        String database = live.profile().database();
        String backupId = schema; // until the schema's comment names the backup, the event names the schema
        try (Connection connection = live.connect()) {
            connection.setAutoCommit(false);
            backupId = SideSchema.backupId(connection, schema);
            List<SideSchema.SideTable> sides = SideSchema.tables(connection, schema);
            List<RowsCopied.TableCopy> copies = new ArrayList<>();
            for (int i = 0; i < sides.size(); i++) {
                SideSchema.SideTable side = sides.get(i);
                monitor.update("Copying the missing rows of " + side.displayName() + " back", i, sides.size());
                MissingRows missing = MissingRows.of(connection, schema, side);
                long copied = missing.copyable() ? missing.copy(connection) : 0;
                copies.add(new RowsCopied.TableCopy(side.displayName(), copied, missing.unmapped(), missing.notCopyable()));
                monitor.checkCancelled();
            }
            connection.commit();
            RowsCopied copied = new RowsCopied(backupId, database, schema, copies);
            engine.events().publish(new BackupEvents.RestoreRowsCopiedBack(engine.clock().instant(), copied));
            return copied;
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = e instanceof SQLException sql ? SqlFailures.of("Copying the missing rows back from "
                    + schema, sql, "Nothing was copied (one transaction); the side schema is kept.") : (RuntimeException) e;
            String reason = e instanceof CancelledException ? "cancelled" : failure.getMessage();
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), backupId, database,
                    RestoreMode.TABLES, null, reason));
            throw failure;
        }
    }
}
