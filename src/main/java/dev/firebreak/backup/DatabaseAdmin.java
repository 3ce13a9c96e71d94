package dev.firebreak.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whole-database operations, run from the {@code postgres} maintenance database because a database cannot be
 * renamed or dropped while anyone (including us) is connected to it.
 */
final class DatabaseAdmin {
    private static final int RENAME_ATTEMPTS = 5;

    private final Database maintenance;

    DatabaseAdmin(Database server) {
        this.maintenance = server.maintenance();
    }

    int serverMajor() throws SQLException {
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            result.next();
            return result.getInt(1);
        }
    }

    boolean exists(String database) throws SQLException {
        try (Connection connection = maintenance.connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    void create(String database) throws SQLException {
        execute("CREATE DATABASE " + Identifiers.quote(database));
    }

    /** Ends every other session on {@code database}, then drops it; nothing happens if it does not exist. */
    void drop(String database) throws SQLException {
        try (Connection connection = maintenance.connect()) {
            terminateSessions(connection, database);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(database));
            }
        }
    }

    /**
     * Renames after ending the other sessions on it. A client may reconnect between the two steps, so this
     * retries a few times, a little later each time, before giving up.
     */
    void rename(String from, String to) throws SQLException {
        try (Connection connection = maintenance.connect()) {
            for (int attempt = 1; ; attempt++) {
                terminateSessions(connection, from);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER DATABASE " + Identifiers.quote(from) + " RENAME TO " + Identifiers.quote(to));
                    return;
                } catch (SQLException e) {
                    boolean inUse = "55006".equals(e.getSQLState());
                    if (!inUse || attempt == RENAME_ATTEMPTS) {
                        throw e;
                    }
                    pause(200L * attempt);
                }
            }
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
