package dev.firebreak.backup.database;

import dev.firebreak.core.TestPausePoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whole-database operations, run from the {@code postgres} maintenance database because a database cannot be
 * renamed or dropped while anyone (including us) is connected to it.
 */
public final class DatabaseAdmin {
    private static final int RENAME_ATTEMPTS = 5;

    private final Database maintenance;

    public DatabaseAdmin(Database server) {
        this.maintenance = server.maintenance();
    }

    public int serverMajor() throws SQLException {
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            result.next();
            return result.getInt(1);
        }
    }

    public boolean exists(String database) throws SQLException {
        try (Connection connection = maintenance.connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    public void create(String database) throws SQLException {
        execute("CREATE DATABASE " + Identifiers.quote(database));
    }

    /** Ends every other session on {@code database}, then drops it; nothing happens if it does not exist. */
    public void drop(String database) throws SQLException {
        try (Connection connection = maintenance.connect()) {
            terminateSessions(connection, database);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(database));
            }
        }
    }

    /**
     * Both renames of a swap in one transaction (PostgreSQL allows {@code ALTER DATABASE … RENAME} in a transaction
     * block): a crash or failure at any moment leaves either the old names or the new ones, never a missing database.
     * {@code first} is renamed before {@code second}, so {@code second.to()} may be {@code first.from()}.
     */
    public void swap(Rename first, Rename second) throws SQLException {
        try (Connection connection = maintenance.connect()) {
            for (int attempt = 1; ; attempt++) {
                terminateSessions(connection, first.from());
                terminateSessions(connection, second.from());
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(first.sql());
                    TestPausePoint.reached("mid-swap");
                    statement.execute(second.sql());
                    connection.commit();
                    return;
                } catch (SQLException e) {
                    connection.rollback();
                    boolean inUse = "55006".equals(e.getSQLState());
                    if (!inUse || attempt == RENAME_ATTEMPTS) {
                        throw e;
                    }
                } finally {
                    connection.setAutoCommit(true);
                }
                pause(200L * attempt);
            }
        }
    }

    /** One {@code ALTER DATABASE from RENAME TO to}. */
    public record Rename(String from, String to) {
        String sql() {
            return "ALTER DATABASE " + Identifiers.quote(from) + " RENAME TO " + Identifiers.quote(to);
        }
    }

    private static void pause(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for sessions to end", e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void terminateSessions(Connection connection, String database) throws SQLException {
        try (PreparedStatement terminate = connection.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            terminate.executeQuery().close();
        }
    }
}
