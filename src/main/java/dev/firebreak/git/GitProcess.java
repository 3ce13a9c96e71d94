package dev.firebreak.git;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.DaemonThreads;
import dev.firebreak.core.ProcessOutput;
import dev.firebreak.core.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the system git with an argument list (never through a shell), feeding stderr lines to a listener as they
 * come (git ends progress lines with CR) so progress shows live, and killing the process when the user cancels.
 */
final class GitProcess {
    /** Exit code, stdout as is, and stderr's lines. */
    record Outcome(int exitCode, String stdout, List<String> stderr) {
    }

    private GitProcess() {
    }

    static Outcome run(List<String> command, Path dir, Map<String, String> env, ProgressMonitor monitor,
                       Consumer<String> stderrListener) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Process process;
        try {
            process = ChildProcesses.start(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> stdout = ProcessOutput.collect(process.getInputStream(), "git-stdout");
            CompletableFuture<List<String>> stderr = CompletableFuture.supplyAsync(
                    () -> lines(process.getErrorStream(), stderrListener), DaemonThreads.named("git-stderr"));
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (monitor.isCancelled()) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new CancelledException();
                }
            }
            return new Outcome(process.exitValue(), new String(stdout.join(), StandardCharsets.UTF_8), stderr.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream to its end, splitting at CR or LF. */
    private static List<String> lines(InputStream stream, Consumer<String> listener) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\r' || c == '\n') {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        listener.accept(line.toString());
                        line.setLength(0);
                    }
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
            listener.accept(line.toString());
        }
        return lines;
    }
}
