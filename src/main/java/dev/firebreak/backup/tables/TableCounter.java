package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.backup.manifest.TableStat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Exact row counts ({@code count(*)}, not estimates): they are what a user compares after a restore. */
public final class TableCounter {
    private static final String USER_TABLES = """
            SELECT n.nspname, c.relname, pg_total_relation_size(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            ORDER BY 1, 2""";

    private TableCounter() {
    }

    /**
     * Counts on this connection with one backend and no JIT: a count runs beside pg_dump or pg_restore, which it never
     * outlasts, so parallel workers and JIT compilation would only take CPU from them (measured: firebreak backup
     * of pgbench scale 50 on two cores, 1.46x pg_dump's time with the server's defaults, 1.31x without; 8 runs).
     */
    static void countLean(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET jit = off; SET max_parallel_workers_per_gather = 0");
        }
    }

    /**
     * Counts on this connection with the server's parallel workers again (JIT stays off): once pg_restore is done with a
     * table, a count is all that is left to wait for, and on two cores it ends sooner with them.
     */
    static void countAlone(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET max_parallel_workers_per_gather");
        }
    }

    /** How long a statement on this connection waits for a table lock before failing with {@link #LOCKED}. */
    static void lockWait(Connection connection, String timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + timeout + "'");
        }
    }

    /** SQLSTATE lock_not_available: the lock wait of {@link #lockWait} ran out. */
    static final String LOCKED = "55P03";

    /** Every user table with its total size; rows are not counted yet (0). */
    static List<TableStat> list(Connection connection) throws SQLException {
        List<TableStat> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(USER_TABLES)) {
            while (rows.next()) {
                tables.add(new TableStat(rows.getString(1), rows.getString(2), 0, rows.getLong(3)));
            }
        }
        return tables;
    }

    /** The same tables with their exact row counts, as seen by the connection's transaction. */
    static List<TableStat> withRows(Connection connection, List<TableStat> tables) throws SQLException {
        List<TableStat> counted = new ArrayList<>();
        for (TableStat table : tables) {
            counted.add(new TableStat(table.schema(), table.name(), rows(connection, table.schema(), table.name()), table.bytes()));
        }
        return counted;
    }

    /** The table's row count now, or empty when the table does not exist. */
    public static OptionalLong count(Connection connection, String schema, String name) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, Identifiers.quote(schema, name));
            try (ResultSet result = exists.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.of(rows(connection, schema, name));
    }

    private static long rows(Connection connection, String schema, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + Identifiers.quote(schema, name))) {
            result.next();
            return result.getLong(1);
        }
    }
}
