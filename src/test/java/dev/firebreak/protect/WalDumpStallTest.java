package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WAL file on a share that never answers leaves pg_waldump waiting silently. Its output used to be read on the
 * searching thread, which then waited with it for ever, and Cancel never got through.
 */
class WalDumpStallTest {
    @TempDir
    Path tmp;

    @Test
    void cancellingASearchWhosePgWaldumpHangsEndsItAndThePgWaldump() throws Exception {
        PgTool waldump = PgTools.onThisMachine(System.getenv()).require("pg_waldump", 10, "to read the WAL");
        Path segment = tmp.resolve("000000010000000000000001");
        Process mkfifo = new ProcessBuilder(List.of("mkfifo", segment.toString())).start(); // opening it waits for a writer
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        long cancelAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        ProgressMonitor userCancelsAfterHalfASecond = new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() > cancelAt;
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> WalDump.read(waldump, tmp,
                Lsn.parse("0/1000028"), 1, line -> { }, userCancelsAfterHalfASecond)).isInstanceOf(CancelledException.class));

        Thread.sleep(500);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(child -> child.info().command().orElse(""))).noneMatch(command -> command.endsWith("pg_waldump"));
    }
}
