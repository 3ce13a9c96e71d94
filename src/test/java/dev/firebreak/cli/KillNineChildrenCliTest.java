package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.store.Leftover;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ProcessScan;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the real CLI while pg_dump or pg_restore runs (issue 13, finding 5): within 5 s no pg tool of that run is
 * left. Before the fix they ran on under PID 1 (and went on reading or writing the database).
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KillNineChildrenCliTest {
    private static final long GONE_WITHIN_MS = 5_000;

    @TempDir
    Path tmp;

    FirebreakProcesses firebreak;

    @BeforeEach
    void home() {
        firebreak = new FirebreakProcesses(tmp);
    }

    @Test
    void killNineDuringABackupEndsItsPgDump() throws Exception {
        String big = bigDatabase();
        Process backup = firebreak.start("backup", "--db", url(big));
        try {
            List<Long> dumps = awaitRunning("pg_dump", big, backup);

            assertThat(ProcessHandle.of(dumps.get(0)).map(ProcessHandle::isAlive))
                    .as("pg_dump still runs as the JVM is killed").hasValue(true);
            backup.destroyForcibly().waitFor(); // SIGKILL (its children may be gone by the time this returns)

            assertGoneWithinFiveSeconds("pg_dump", big);
            // what the next run sees: the unfinished archive and the dead writer's lock, named, for prune to remove
            assertThat(new LocalBackupStore(tmp.resolve("home/backups")).leftovers(null)).extracting(Leftover::what)
                    .containsExactlyInAnyOrder("the unfinished archive of an interrupted backup",
                            "the lock of a backup whose process ended");
        } finally {
            backup.destroyForcibly();
        }
    }

    @Test
    void killNineDuringARestoreEndsItsPgRestore() throws Exception {
        String big = bigDatabase();
        ProcessResult backup = firebreak.run("backup", "--db", url(big));
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        Process restore = firebreak.start("restore", backup.stdout().trim(), "--db", url(big), "--mode", "new");
        try {
            List<Long> restores = awaitRunning("pg_restore", big, restore);

            assertThat(ProcessHandle.of(restores.get(0)).map(ProcessHandle::isAlive))
                    .as("pg_restore still runs as the JVM is killed").hasValue(true);
            restore.destroyForcibly().waitFor(); // SIGKILL (its children may be gone by the time this returns)

            assertGoneWithinFiveSeconds("pg_restore", big);
        } finally {
            restore.destroyForcibly();
        }
    }

    /** A million rows with an index: pg_dump and pg_restore take seconds, long enough to be killed in the middle. */
    static String bigDatabase() {
        String big = TestPostgres.newDatabase("bigshop");
        TestPostgres.superuser(big, "SET ROLE " + TestPostgres.USER,
                "CREATE TABLE events AS SELECT g AS id, md5(g::text) AS digest FROM generate_series(1, 1000000) g",
                "CREATE INDEX events_digest ON events (digest)");
        return big;
    }

    private static List<Long> awaitRunning(String tool, String marker, Process firebreak) throws InterruptedException {
        for (long deadline = System.currentTimeMillis() + 60_000; System.currentTimeMillis() < deadline; ) {
            List<Long> running = ProcessScan.running(tool, marker);
            if (!running.isEmpty()) {
                return running;
            }
            assertThat(firebreak.isAlive()).as("firebreak ended before " + tool + " started").isTrue();
            Thread.sleep(10);
        }
        throw new AssertionError(tool + " never started");
    }

    private static void assertGoneWithinFiveSeconds(String tool, String marker) throws InterruptedException {
        long deadline = System.currentTimeMillis() + GONE_WITHIN_MS;
        List<Long> left = ProcessScan.running(tool, marker);
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = ProcessScan.running(tool, marker);
        }
        try {
            assertThat(left).as(tool + " processes left 5 s after kill -9 of firebreak").isEmpty();
        } finally {
            left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)); // never leak into the build
        }
    }

    private static String url(String database) {
        return "postgresql://" + TestPostgres.USER + "@localhost:" + TestPostgres.server().getPort() + "/" + database
                + "?sslmode=disable";
    }
}
