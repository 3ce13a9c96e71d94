package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * Opens the journal's database from a JDBC URL and brings its schema up to date with Flyway
 * ({@code classpath:db/journal}). SQLite gets WAL, {@code synchronous=FULL} and {@code BEGIN IMMEDIATE}
 * transactions, so appends from several processes queue up for the write lock and keep one chain.
 */
final class JournalDatabase {
    static final String MIGRATIONS = "classpath:db/journal";
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private JournalDatabase() {
    }

    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static Connection open(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            throw new UserFacingException("Unsupported journal database " + url + ": only SQLite (jdbc:sqlite:FILE) is supported so far");
        }
        try {
            createParent(url);
            migrate(url);
            Connection connection = DriverManager.getConnection(url, sqliteProperties());
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new UserFacingException("Cannot open the journal " + url + ": " + e.getMessage(), e);
        }
    }

    private static Properties sqliteProperties() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        return config.toProperties();
    }

    private static void migrate(String url) {
        try {
            Flyway.configure().dataSource(url, null, null).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            throw new UserFacingException("Cannot prepare the journal " + url + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(String url) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (java.io.IOException e) {
            throw new UserFacingException("Cannot create the directory for the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
