package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the kind of connection pg_receivewal will open (a physical replication connection, {@code IDENTIFY_SYSTEM})
 * and closes it again: where pg_hba.conf cannot be read, this is how we learn whether it lets us in.
 */
final class ReplicationConnection {
    private ReplicationConnection() {
    }

    /** Empty when the server accepts it; otherwise what to change, in one sentence. */
    static Optional<String> tryOpen(Database database, ServerFacts facts) {
        Properties properties = new Properties();
        properties.setProperty("user", database.profile().user());
        database.credentials().passwordFor(database.profile()).ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("replication", "true");
        properties.setProperty("assumeMinServerVersion", "10");
        properties.setProperty("preferQueryMode", "simple");
        properties.setProperty("ApplicationName", "firebreak");
        properties.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(database.profile().jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("IDENTIFY_SYSTEM");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(explain(e, facts));
        }
    }

    private static String explain(SQLException e, ServerFacts facts) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("no pg_hba.conf entry")) {
            return StreamingReadiness.missingHbaLine(facts);
        }
        if (message.contains("exceeds max_wal_senders")) {
            return "all " + facts.maxWalSenders() + " WAL senders are busy: set max_wal_senders = "
                    + (facts.maxWalSenders() + 10) + " in postgresql.conf and restart the server.";
        }
        return "a replication connection as " + facts.role() + " failed: " + message;
    }
}
