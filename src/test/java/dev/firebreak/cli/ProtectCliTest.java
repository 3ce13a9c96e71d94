package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.protect.Lsn;
import dev.firebreak.protect.ProtectionService;
import dev.firebreak.protect.ProtectionStatus;
import dev.firebreak.protect.ProtectionStore;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firebreak protect} as separate processes, as a user runs it: enable, {@code run} in the foreground receiving
 * WAL within seconds of a commit, restarted when the server drops it, stopped by SIGTERM, and a {@code kill -9} that
 * leaves no pg_receivewal behind.
 */
class ProtectCliTest {
    private static final Duration RPO = Duration.ofSeconds(5);

    @TempDir
    Path tmp;

    String shop;
    String profile;
    Map<String, String> environment;

    @BeforeEach
    void profile() {
        shop = TestPostgres.newDatabase("protect_cli");
        profile = "cli_" + ProcessHandle.current().pid();
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", tmp.resolve("home").toString());
        TestPostgres.superuser(shop, "CREATE TABLE orders (id bigserial PRIMARY KEY, item text)",
                "ALTER TABLE orders OWNER TO " + TestPostgres.USER);
        assertThat(firebreak("profile", "add", profile, "--db", TestPostgres.url(TestPostgres.server().getPort(), shop))
                .exitCode()).isZero();
    }

    @Test
    void runReceivesACommitWithinFiveSecondsRestartsAfterAFailureAndLeavesNoReceiverBehind() throws Exception {
        ProcessResult enable = firebreak("protect", "enable", "--profile", profile);
        assertThat(enable.exitCode()).as(enable.stderr()).isZero();
        assertThat(enable.stdout()).contains("Protection of '" + profile + "' is on: slot firebreak_" + profile + " created",
                "verified: pg_verifybackup 15");

        Path log = tmp.resolve("run.log");
        Process run = startRun(log);
        try {
            long receiver = awaitReceiver(run, log);
            assertThat(status().slot().active()).as("the slot is read by run's pg_receivewal").isTrue();
            Duration first = receivedWithin(write("first order"));
            assertThat(first).as("WAL of a commit received and shown by status\n" + read(log)).isLessThanOrEqualTo(RPO);

            // the server drops the stream: run restarts pg_receivewal and nothing committed meanwhile is missed
            TestPostgres.superuser("postgres", "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots "
                    + "WHERE slot_name = 'firebreak_" + profile + "'");
            Lsn meanwhile = write("order while the stream was down");
            awaitTrue(() -> read(log).contains("Restarting in 1 s"), Duration.ofSeconds(20));
            assertThat(receivedWithin(meanwhile)).isLessThanOrEqualTo(Duration.ofSeconds(20));
            assertThat(running(receiver)).as("the first pg_receivewal ended").isFalse();

            ProcessResult json = firebreak("protect", "status", "--profile", profile, "--format", "json");
            JsonNode status = new ObjectMapper().readTree(json.stdout());
            assertThat(Lsn.parse(status.get("walReceivedLsn").asText()).isAtLeast(meanwhile)).as(json.stdout()).isTrue();
            assertThat(status.get("slot").get("active").asBoolean()).isTrue();
            assertThat(status.get("gaps")).isEmpty();
            assertThat(status.get("baseBackups").get(0).get("verified").get("ok").asBoolean()).isTrue();

            long restarted = awaitReceiver(run, log);
            run.destroy(); // SIGTERM, as a service manager stops it
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(read(log)).contains("Stopped: pg_receivewal has ended. WAL received up to ");
            assertThat(running(restarted)).isFalse();
        } finally {
            run.destroyForcibly();
        }

        Process again = startRun(tmp.resolve("again.log"));
        try {
            long receiver = awaitReceiver(again, tmp.resolve("again.log"));
            again.destroyForcibly(); // kill -9: no shutdown hook runs
            awaitTrue(() -> !running(receiver), Duration.ofSeconds(5));
            awaitTrue(() -> TestPostgres.count("postgres", "SELECT count(*) FROM pg_replication_slots WHERE active "
                    + "AND slot_name = 'firebreak_" + profile + "'") == 0, Duration.ofSeconds(5));
        } finally {
            again.destroyForcibly();
        }

        ProcessResult disable = firebreak("protect", "disable", "--profile", profile);
        assertThat(disable.stdout()).contains("Slot dropped; protection of '" + profile + "' is off.");
    }

    /** Commits a row; the WAL position after its commit record. */
    private Lsn write(String item) throws Exception {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", shop).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO orders (item) VALUES ('" + item + "')"); // autocommit
            try (ResultSet lsn = statement.executeQuery("SELECT pg_current_wal_insert_lsn()")) {
                lsn.next();
                return Lsn.parse(lsn.getString(1));
            }
        }
    }

    /** How long after the commit {@code protect status} showed WAL received up to {@code commit} (polled every 50 ms). */
    private Duration receivedWithin(Lsn commit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
            ProtectionStatus status = status();
            if (status.walReceivedLsn() != null && status.walReceivedLsn().isAtLeast(commit)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
        return Duration.ofSeconds(30);
    }

    /** {@code protect status} of the home that {@code run} writes, in this JVM (a status process would add its start-up). */
    private ProtectionStatus status() {
        ProtectionService service = new ProtectionService(ProtectionStore.in(new FirebreakHome(tmp.resolve("home"))),
                PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        return service.status(TestPostgres.database(tmp, profile, shop), 1L << 30);
    }

    private Process startRun(Path log) throws IOException {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of("protect", "run", "--profile", profile));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The pid of the pg_receivewal {@code run} started, once it streams. */
    private static long awaitReceiver(Process run, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && run.isAlive()) {
            Optional<ProcessHandle> receiver = run.descendants().filter(child -> child.info().command()
                    .map(command -> command.endsWith("pg_receivewal")).orElse(false)).findFirst();
            if (receiver.isPresent() && read(log).contains("starting log streaming")) {
                return receiver.get().pid();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("protect run did not start streaming:\n" + read(log));
    }

    /** Alive and not a zombie waiting for its reaper (a killed child of a dead parent stays one until init reaps it). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition still false after " + within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command);
    }
}
