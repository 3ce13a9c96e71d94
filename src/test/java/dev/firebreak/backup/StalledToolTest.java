package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real pg_restore that never gets a byte (it opens a FIFO nobody writes) (issue 13, findings 6 and 9): the stall
 * timeout stops it, and a cancel ends it while its output is being read, as {@code pg_restore --list} reads it.
 * Before, its stdout was read to the end before waiting, so neither could fire.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StalledToolTest {
    @TempDir
    Path tmp;

    Path fifo;
    PgTool pgRestore;

    @BeforeEach
    void fifoNobodyWrites() throws Exception {
        fifo = tmp.resolve("archive.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        pgRestore = PgTools.onThisMachine(System.getenv()).find("pg_restore").get(0);
    }

    @Test
    void aToolThatShowsNoLifeIsStoppedAfterTheStallTimeout() {
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
        PgProcess process = PgProcess.start(pgRestore, List.of(), List.of("--list", fifo.toString()), System.getenv(),
                timeouts, line -> { });
        process.stdout();
        long started = System.nanoTime();

        assertThatThrownBy(() -> process.waitFor(ProgressMonitor.NONE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("pg_restore showed no progress for 2 s (no output, nothing read or written) and was stopped");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void aCancelEndsAToolWhoseOutputIsBeingRead() {
        PgProcess process = PgProcess.start(pgRestore, List.of(), List.of("--list", fifo.toString()), System.getenv(),
                Timeouts.DEFAULT, line -> { });
        process.stdout();
        long started = System.nanoTime();
        ProgressMonitor cancelledSoon = new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() - started > Duration.ofMillis(300).toNanos();
            }
        };

        assertThatThrownBy(() -> process.waitFor(cancelledSoon)).isInstanceOf(CancelledException.class);
        assertThat(process.isAlive()).isFalse();
    }
}
