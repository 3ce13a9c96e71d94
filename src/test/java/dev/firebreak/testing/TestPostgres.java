package dev.firebreak.testing;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.database.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 15 server for the whole test run (started on first use, stopped at JVM exit). The
 * {@code postgres} superuser is trusted for fixtures; Firebreak itself logs in as {@link #USER}, whose password
 * is checked (scram-sha-256) so that the pgpass path is exercised for real.
 */
public final class TestPostgres {
    public static final String USER = "firebreak_owner";
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = startWithLogins(EmbeddedPostgres.builder());
        }
        return server;
    }

    /** Starts {@code builder}'s server with this class's logins: {@link #USER} by password, {@code postgres} trusted. */
    static EmbeddedPostgres startWithLogins(EmbeddedPostgres.Builder builder) {
        try {
            EmbeddedPostgres started = builder.setDataDirectoryCustomizer(TestPostgres::requirePasswords).start();
            try (Connection connection = started.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A second server with the same logins and these settings (e.g. {@code max_wal_senders=0}), for a test that needs a
     * server configured otherwise; the caller closes it.
     */
    public static EmbeddedPostgres startWith(Map<String, String> settings) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        settings.forEach(builder::setServerConfig);
        return startWithLogins(builder);
    }

    /** A fresh, empty database with a name no other test uses. */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    public static ConnectionProfile profile(String name, String database) {
        return new ConnectionProfile(name, "localhost", server().getPort(), database, USER, "disable");
    }

    /** What a user passes to {@code --db}: no password in it (that comes from {@link #pgpassEnvironment}). */
    public static String url(int port, String database) {
        return "postgresql://" + USER + "@localhost:" + port + "/" + database + "?sslmode=disable";
    }

    /** The environment a user with a correct 0600 {@code PGPASSFILE} has. */
    public static Map<String, String> pgpassEnvironment(Path dir, String password) {
        try {
            Path file = dir.resolve("pgpass");
            Files.writeString(file, "localhost:*:*:" + USER + ":" + password.replace(":", "\\:") + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return Map.of("PGPASSFILE", file.toString(), "PATH", System.getenv("PATH"), "HOME", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Database database(Path dir, String profileName, String database) {
        return new Database(profile(profileName, database), Credentials.fromEnvironment(pgpassEnvironment(dir, PASSWORD)));
    }

    /** Runs statements as the trusted superuser in {@code database}. */
    public static void superuser(String database, String... statements) {
        try (Connection connection = server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String database, String sql) {
        try (Connection connection = server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean exists(String database) {
        return count("postgres", "SELECT count(*) FROM pg_database WHERE datname = '" + database + "'") == 1;
    }

    /**
     * Local connections of the fixture superuser are trusted; everyone else must give a password over TCP. Replication
     * connections (pg_basebackup, pg_receivewal) are allowed over loopback, and zonky leaves {@code wal_level} (replica),
     * {@code max_wal_senders} and {@code max_replication_slots} (10 each) at PostgreSQL's defaults, which allow streaming.
     */
    private static void requirePasswords(java.io.File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256",
                    // streaming WAL (protect): like initdb's default file, over loopback only, by password
                    "host replication all 127.0.0.1/32 scram-sha-256",
                    "host replication all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
