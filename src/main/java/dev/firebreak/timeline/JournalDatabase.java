package dev.firebreak.timeline;

import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the journal's database from a JDBC URL and brings its schema up to date with Flyway
 * ({@code classpath:db/journal}, the same migrations on SQLite and PostgreSQL). PostgreSQL credentials come from
 * the URL's user and the driver's libpq conventions ({@code ~/.pgpass}, {@code PGPASSFILE}), never from Firebreak.
 */
final class JournalDatabase {
    static final String MIGRATIONS = "classpath:db/journal";
    /** The newest migration's version (a test keeps it equal to the newest file in {@link #MIGRATIONS}). */
    static final String LATEST_VERSION = "2";

    private JournalDatabase() {
    }

    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static Connection open(String url, JournalDialect dialect, Timeouts timeouts) {
        try {
            if (dialect == JournalDialect.SQLITE) {
                createPrivately(Path.of(url.substring("jdbc:sqlite:".length())));
            }
            Connection connection = DriverManager.getConnection(url, dialect.properties(timeouts));
            if (!current(connection)) {
                migrate(url);
            }
            return connection;
        } catch (SQLException e) {
            throw new UserFacingException("Cannot open the journal " + url + ": " + e.getMessage(), e);
        }
    }

    /** After our own connection exists, so SQLite's WAL mode is set before Flyway's connection opens. */
    private static void migrate(String url) {
        try {
            Flyway.configure().dataSource(url, null, null).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            throw new UserFacingException("Cannot prepare the journal " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether every migration up to {@link #LATEST_VERSION} was applied successfully: one query, where Flyway would
     * scan its migrations and validate them on every open (a third of a second, each command and each console start).
     * A new, older or failed schema is left to Flyway, which creates, upgrades or explains.
     */
    private static boolean current(Connection connection) {
        boolean latest = false;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                latest |= LATEST_VERSION.equals(rows.getString(1));
            }
            return latest;
        } catch (SQLException e) {
            return false; // no history table yet: a new journal
        }
    }

    /** The file exists 0600 before SQLite opens it: its -wal and -shm files take the database file's mode. */
    private static void createPrivately(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                PrivateFiles.createDirectories(parent);
            }
            String name = file.toString();
            if (!name.isEmpty() && !name.startsWith(":memory:") && !name.startsWith("file:") && !name.contains("?")) {
                PrivateFiles.createFile(file);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
