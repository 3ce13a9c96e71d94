package dev.firebreak.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second real server, of a PostgreSQL major newer than the machine's pg_dump 15: zonky's 18.x binaries, which the
 * build unpacks to {@code newer-postgres/} on the test class path (the pom's {@code newer-postgres} execution), so
 * that {@link TestPostgres} and practice mode keep the PG 15 binaries at the class path's root. Same logins as
 * {@link TestPostgres}; one database, {@link #DATABASE}; started on first use, stopped at JVM exit.
 */
public final class NewerPostgres {
    public static final String DATABASE = "inventory";
    private static final String BINARIES = "/newer-postgres/postgres-linux-x86_64.txz";
    /** One instance: zonky unpacks the binaries once per resolver. */
    private static final PgBinaryResolver RESOLVER = (system, hardware) -> {
        InputStream binaries = NewerPostgres.class.getResourceAsStream(BINARIES);
        if (binaries == null) {
            throw new IOException(BINARIES + " is not on the class path: run the tests through Maven, whose "
                    + "generate-test-resources phase unpacks it");
        }
        return binaries;
    };
    private static EmbeddedPostgres server;

    private NewerPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = TestPostgres.startWithLogins(EmbeddedPostgres.builder().setPgBinaryResolver(RESOLVER));
            execute("CREATE DATABASE " + DATABASE + " OWNER " + TestPostgres.USER);
        }
        return server;
    }

    /** The server's version as PostgreSQL reports it, e.g. {@code 18.1}. */
    public static String version() {
        return query("SHOW server_version").get(0).split(" ")[0];
    }

    public static int major() {
        return Integer.parseInt(version().split("\\.")[0]);
    }

    public static String url() {
        return TestPostgres.url(server().getPort(), DATABASE);
    }

    public static ConnectionProfile profile(String name) {
        return new ConnectionProfile(name, "localhost", server().getPort(), DATABASE, TestPostgres.USER, "disable");
    }

    public static List<String> databases() {
        return query("SELECT datname FROM pg_database ORDER BY datname");
    }

    /**
     * Discovery limited to the directories of this machine's client tools older than this server: it finds only
     * tools too old for it, also where a newer client is installed too. Skips the test where there is none.
     */
    public static PgTools olderClientTools() {
        List<Path> directories = PgTools.onThisMachine(System.getenv()).find("pg_dump").stream()
                .filter(tool -> tool.major() < major()).map(tool -> tool.path().getParent()).distinct().toList();
        assumeTrue(!directories.isEmpty(), "this machine has no pg_dump older than PostgreSQL " + version());
        return new PgTools(directories);
    }

    /**
     * Skips the test where {@code tool}, found as Firebreak finds it with {@code environment} (PATH and the usual
     * install directories, which no option narrows), is new enough for this server: the refusal cannot happen there.
     */
    public static List<String> assumeOnlyOlder(String tool, Map<String, String> environment) {
        List<PgTool> found = PgTools.onThisMachine(environment).find(tool);
        assumeTrue(found.stream().allMatch(candidate -> candidate.major() < major()),
                "this machine has a " + tool + " new enough for PostgreSQL " + version() + ": " + found);
        return found.stream().map(PgTool::version).distinct().toList();
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> query(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
