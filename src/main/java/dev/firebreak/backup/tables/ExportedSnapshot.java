package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.TableStat;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A REPEATABLE READ transaction whose snapshot is exported for {@code pg_dump --snapshot}; exact row counts are
 * taken in that same snapshot, so they describe the archive's rows. It must stay open until pg_dump has imported
 * the snapshot; we keep it until pg_dump exits and count while pg_dump runs, so counting adds no wall time.
 */
public final class ExportedSnapshot implements AutoCloseable {
    private final Connection connection;
    private final String id;
    private final String serverVersion;
    private final int serverMajor;
    private final List<TableStat> tables;

    private ExportedSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT pg_export_snapshot(), current_setting('server_version'), current_setting('server_version_num')::int")) {
            result.next();
            this.id = result.getString(1);
            this.serverVersion = result.getString(2).split(" ")[0];
            this.serverMajor = result.getInt(3) / 10_000;
        }
        this.tables = TableCounter.list(connection);
    }

    public static ExportedSnapshot open(Database database) {
        Connection connection = database.connect();
        try {
            return new ExportedSnapshot(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqlFailures.of("Reading the tables of " + database.profile().database(), e, "Nothing was backed up.");
        }
    }

    public String id() {
        return id;
    }

    public String serverVersion() {
        return serverVersion;
    }

    public int serverMajor() {
        return serverMajor;
    }

    /** The user tables with their sizes (rows not yet counted). */
    public List<TableStat> tables() {
        return tables;
    }

    /** Exact row counts in the exported snapshot (the same rows pg_dump writes). */
    public List<TableStat> countRows() {
        try {
            TableCounter.countLean(connection);
            return TableCounter.withRows(connection, tables);
        } catch (SQLException e) {
            throw SqlFailures.of("Counting the rows of the backup", e, "No backup was stored; the database was only read.");
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is going away anyway; the snapshot ends with it
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }
}
