package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 3: a backup with a typed password killed with SIGKILL while pg_dump runs leaves the password in
 * no file under {@code $FIREBREAK_HOME}; and a {@code private/.pgpass-*} an older version left behind is removed by
 * the next run's start-up sweep.
 */
class TypedPasswordKillNineTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledBackupLeavesTheTypedPasswordInNoFileAndTheNextRunSweepsOldOnes() throws Exception {
        String shop = ShopDatabase.create();
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 1000000) i");
        Path home = tmp.resolve("home");
        Map<String, String> environment = Map.of("FIREBREAK_HOME", home.toString(), "HOME", tmp.toString(),
                "PATH", System.getenv("PATH"));
        Process backup = start(environment, shop);
        ProcessHandle pgDump = awaitPgDump(backup);

        backup.toHandle().destroyForcibly();
        assertThat(backup.waitFor(30, TimeUnit.SECONDS)).isTrue();
        pgDump.destroyForcibly(); // not this test's subject (children dying with Firebreak is): just clean up

        assertThat(filesHoldingThePassword(home)).isEmpty();

        Path legacy = Files.createDirectories(home.resolve("private")).resolve(".pgpass-4711");
        Files.writeString(legacy, "*:*:*:" + TestPostgres.USER + ":" + TestPostgres.PASSWORD + "\n");
        List<String> list = new ArrayList<>(Launchers.testClasspath());
        list.addAll(List.of("backups", "list"));
        ProcessResult next = ProcessResult.run(tmp, environment, list);
        assertThat(next.exitCode()).as(next.output()).isZero();
        assertThat(legacy).doesNotExist();
        assertThat(filesHoldingThePassword(home)).isEmpty();
        assertThat(Files.readString(home.resolve("logs/firebreak.log"))).contains("Removed " + legacy);
    }

    private Process start(Map<String, String> environment, String database) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                TypedPasswordBackup.class.getName(), TestPostgres.USER, String.valueOf(TestPostgres.server().getPort()), database)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("backup.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((TestPostgres.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }

    /** pg_dump, once it has written part of the archive: the moment an older version's pgpass file existed. */
    private ProcessHandle awaitPgDump(Process backup) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && backup.isAlive()) {
            Thread.sleep(20);
            for (ProcessHandle child : backup.descendants().toList()) {
                if (child.info().command().orElse("").endsWith("pg_dump") && partialBytes(tmp.resolve("home/backups/shop")) > 0) {
                    return child;
                }
            }
        }
        throw new AssertionError("pg_dump never ran: " + Files.readString(tmp.resolve("backup.log")));
    }

    private static long partialBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".partial")).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static List<Path> filesHoldingThePassword(Path home) throws IOException {
        byte[] password = TestPostgres.PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, password)).toList();
        }
    }

    private static boolean contains(Path file, byte[] wanted) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains(new String(wanted, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
