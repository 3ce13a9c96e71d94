package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    private JournalDatabase() {
    }

    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static Connection open(String url, JournalDialect dialect) {
        try {
            if (dialect == JournalDialect.SQLITE) {
                createParent(Path.of(url.substring("jdbc:sqlite:".length())));
            }
            Connection connection = DriverManager.getConnection(url, dialect.properties());
            migrate(url);
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

    private static void createParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the directory for the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
