package dev.firebreak.timeline;

import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * What differs between the journal's databases: how to connect, and how a write transaction takes the one lock
 * that makes appends from several processes or machines extend a single chain.
 */
enum JournalDialect {
    /** The local default. The driver opens write transactions with {@code BEGIN IMMEDIATE}: the lock comes first. */
    SQLITE {
        @Override
        Properties properties(Timeouts timeouts) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            return config.toProperties();
        }

        @Override
        void lockForWrite(Connection connection) {
            // BEGIN IMMEDIATE already holds the database's write lock
        }

        @Override
        void announceAppend(Connection connection, long entryId) {
            // one machine: the console reads the journal again when the tab is shown
        }

        /** The driver's getString copies the value three times on its way to a String; its bytes come in one copy. */
        @Override
        String text(ResultSet row, int column) throws SQLException {
            byte[] utf8 = row.getBytes(column);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }
    },
    /** A team's shared journal. Readers go on; writers queue on the table lock until the previous append commits. */
    POSTGRESQL {
        @Override
        Properties properties(Timeouts timeouts) {
            Properties properties = new Properties();
            properties.setProperty("connectTimeout", String.valueOf(timeouts.connect().toSeconds()));
            properties.setProperty("socketTimeout", String.valueOf(timeouts.answer().toSeconds()));
            properties.setProperty("loginTimeout", String.valueOf(timeouts.connect().plus(timeouts.answer()).toSeconds()));
            return properties;
        }

        @Override
        void lockForWrite(Connection connection) throws SQLException {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE \"incidents\", \"entries\" IN EXCLUSIVE MODE");
            }
        }

        @Override
        void announceAppend(Connection connection, long entryId) throws SQLException {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, JournalChanges.CHANNEL);
                notify.setString(2, Long.toString(entryId));
                notify.execute();
            }
        }
    };

    private static final int BUSY_TIMEOUT_MS = 30_000;

    /** How to connect; a silent server fails the journal's short queries after {@code timeouts}. */
    abstract Properties properties(Timeouts timeouts);

    /** Called first in every write transaction. */
    abstract void lockForWrite(Connection connection) throws SQLException;

    /** Called in the append's transaction: others hear of it when, and only if, it commits. */
    abstract void announceAppend(Connection connection, long entryId) throws SQLException;

    /** A text column's value, as {@link ResultSet#getString} gives it. */
    String text(ResultSet row, int column) throws SQLException {
        return row.getString(column);
    }

    static JournalDialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new UserFacingException("Unsupported journal database " + url
                + ": use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE");
    }
}
