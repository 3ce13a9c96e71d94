package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a console that another machine appended to the shared PostgreSQL journal: every append sends a NOTIFY on
 * {@value #CHANNEL} when it commits; this listens on its own connection and thread until closed.
 */
public final class JournalChanges implements AutoCloseable {
    static final String CHANNEL = "firebreak_journal";
    private static final Logger LOG = LoggerFactory.getLogger(JournalChanges.class);
    private static final int POLL_MS = 500;

    private final Connection connection;
    private final Thread listener;
    private volatile boolean open = true;

    private JournalChanges(Connection connection, Runnable onAppend) {
        this.connection = connection;
        this.listener = new Thread(() -> listen(onAppend), "firebreak-journal-listener");
        listener.setDaemon(true);
        listener.start();
    }

    static JournalChanges listen(String url, Properties properties, Runnable onAppend) {
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
            return new JournalChanges(connection, onAppend);
        } catch (SQLException e) {
            throw new UserFacingException("Cannot follow the shared journal " + url + ": " + e.getMessage(), e);
        }
    }

    private void listen(Runnable onAppend) {
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            while (open) {
                PGNotification[] notifications = postgres.getNotifications(POLL_MS);
                if (notifications != null && notifications.length > 0) {
                    onAppend.run();
                }
            }
        } catch (SQLException e) {
            if (open) {
                LOG.warn("Stopped following the shared journal", e);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            listener.join(2 * POLL_MS);
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the journal listener", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
