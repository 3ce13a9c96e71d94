package dev.firebreak.backup;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A running pg tool: argument list (never a shell), connection through arguments and environment, stderr read
 * line by line on its own thread, and cancel that kills the process. Public for {@code protect}, which runs
 * pg_basebackup, pg_receivewal and pg_verifybackup the same way.
 */
public final class PgProcess {
    private final Process process;
    private final Thread stderrReader;
    private final List<String> stderr = new ArrayList<>();

    private PgProcess(Process process, Consumer<String> stderrListener) {
        this.process = process;
        this.stderrReader = new Thread(() -> readLines(process.getErrorStream(), stderrListener), "pg-stderr");
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    /** Where to connect, as arguments ({@code --no-password}: never wait for a prompt nobody sees). */
    public static List<String> connectTo(ConnectionProfile profile) {
        return List.of("--host", profile.host(), "--port", String.valueOf(profile.port()),
                "--username", profile.user(), "--no-password");
    }

    /** Starts {@code tool} with {@code connection} arguments (possibly none) followed by {@code arguments}. */
    public static PgProcess start(PgTool tool, List<String> connection, List<String> arguments,
                           Map<String, String> environment, Consumer<String> stderrListener) {
        return start(List.of(), tool, connection, arguments, environment, stderrListener);
    }

    /**
     * As above, run through {@code launcher} (a program and its arguments that execs the tool, e.g. {@code setpriv
     * --pdeathsig KILL}); empty for none.
     */
    public static PgProcess start(List<String> launcher, PgTool tool, List<String> connection, List<String> arguments,
                                  Map<String, String> environment, Consumer<String> stderrListener) {
        List<String> command = new ArrayList<>(launcher);
        command.add(tool.path().toString());
        command.addAll(connection);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("PGAPPNAME", "firebreak");
        builder.environment().put("LC_MESSAGES", "C");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new PgProcess(process, stderrListener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + tool.path(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    /**
     * Waits for the exit, polling for cancel; a cancel kills the process and throws {@link CancelledException}, also
     * when it came just as the process ended (the user asked to stop before anything used its result).
     */
    public int waitFor(ProgressMonitor monitor) {
        return waitFor(monitor, () -> { });
    }

    /** As {@link #waitFor(ProgressMonitor)}, running {@code whileWaiting} about ten times a second meanwhile. */
    public int waitFor(ProgressMonitor monitor, Runnable whileWaiting) {
        try {
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                whileWaiting.run();
                if (monitor.isCancelled()) {
                    kill();
                    throw new CancelledException();
                }
            }
            stderrReader.join(5_000);
            monitor.checkCancelled();
            return process.exitValue();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Kills the tool and the workers it forked ({@code -j}), so none of them writes on after a cancel. */
    public void kill() {
        List<ProcessHandle> workers = process.descendants().toList();
        workers.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(workers.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // killed with SIGKILL: a worker that is still listed is a zombie waiting for its reaper
        }
    }

    /** Lines the tool wrote to stderr, without pg_dump's verbose chatter. */
    public synchronized List<String> errors() {
        return stderr.stream().filter(line -> !line.contains(": dumping contents of table")
                && !line.matches("^pg_(dump|restore): (last built-in|reading|identifying|finding|flagging|saving|dumping|"
                        + "creating|processing|connecting|executing|launching|implied|restoring|started|finished).*")).toList();
    }

    private void readLines(InputStream stream, Consumer<String> listener) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (this) {
                    stderr.add(line);
                }
                listener.accept(line);
            }
        } catch (IOException e) {
            // the process was killed: its pipe closed under us
        }
    }
}
