package dev.firebreak.protect;

import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.DaemonThreads;
import dev.firebreak.core.ProcessOutput;
import dev.firebreak.core.ProgressMonitor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@code pg_waldump} over a folder of WAL from a position on, handing each line on as it comes (a day of WAL is
 * gigabytes of text, never held at once). With {@code TZ=UTC}, so that commit times carry no zone to guess. pg_waldump
 * has no "end of WAL" exit: it stops with exit code 1 where the files end, which is normal once records were read.
 */
final class WalDump {
    private static final long POLL_MILLIS = 100;

    private WalDump() {
    }

    /** How pg_waldump ended: its exit code and the last lines it wrote to stderr. */
    record Ended(int exitCode, String errors) {
    }

    static Ended read(PgTool waldump, Path folder, Lsn start, int timeline, Consumer<String> lines, ProgressMonitor monitor) {
        ProcessBuilder builder = new ProcessBuilder(List.of(waldump.path().toString(), "--path", folder.toString(),
                "--start", start.toString(), "--timeline", String.valueOf(timeline)));
        builder.environment().clear();
        builder.environment().put("TZ", "UTC");
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = ChildProcesses.start(builder);
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + waldump.path(), e);
        }
        CompletableFuture<byte[]> stderr = ProcessOutput.collect(process.getErrorStream(), "pg_waldump-stderr");
        // read on a thread of its own: a pg_waldump stuck on a file that never answers writes nothing, and a read here
        // would wait for it for ever, deaf to Cancel
        CompletableFuture<Void> stdout = CompletableFuture.runAsync(() -> handOn(process, lines),
                DaemonThreads.named("pg_waldump-stdout"));
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS) && !stdout.isCompletedExceptionally()) {
                monitor.checkCancelled();
            }
            stdout.join(); // the process has ended (so has its output) or the reading failed
            monitor.checkCancelled();
            return new Ended(process.exitValue(), new String(stderr.join(), StandardCharsets.UTF_8).strip());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly(); // a cancel or a failed line: pg_waldump stops too
        }
    }

    private static void handOn(Process process, Consumer<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            if (process.isAlive()) { // after a cancel the pipe is closed under the reader: nothing to report
                throw new UncheckedIOException("Cannot read pg_waldump's output", e);
            }
        }
    }
}
