package dev.firebreak.backup.pgtool;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.ProcessOutput;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
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
 * line by line on its own thread, and cancel that kills the process. It dies with Firebreak
 * ({@link ChildProcesses}), gives up on a server that does not answer its login ({@code PGCONNECT_TIMEOUT}), and is
 * stopped when it shows no life for the stall timeout ({@link ToolActivity}). Public for {@code protect},
 * which runs pg_basebackup, pg_receivewal and pg_verifybackup the same way.
 */
public final class PgProcess {
    private final Process process;
    private final String tool;
    private final String server;
    private final Timeouts timeouts;
    private final Thread stderrReader;
    private final List<String> stderr = new ArrayList<>();

    private PgProcess(Process process, String tool, String server, Timeouts timeouts, Consumer<String> stderrListener) {
        this.process = process;
        this.tool = tool;
        this.server = server;
        this.timeouts = timeouts;
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
                                  Map<String, String> environment, Timeouts timeouts, Consumer<String> stderrListener) {
        List<String> command = new ArrayList<>();
        command.add(tool.path().toString());
        command.addAll(connection);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("PGAPPNAME", "firebreak");
        builder.environment().put("LC_MESSAGES", "C");
        builder.environment().put("PGCONNECT_TIMEOUT", String.valueOf(timeouts.connect().plus(timeouts.answer()).toSeconds()));
        try {
            Process process = ChildProcesses.start(builder);
            process.getOutputStream().close();
            return new PgProcess(process, tool.path().getFileName().toString(), server(connection), timeouts, stderrListener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + tool.path(), e);
        }
    }

    /** What to check when the tool stalls: the server in the connection arguments, else the archive it reads. */
    private static String server(List<String> connection) {
        int host = connection.indexOf("--host");
        int port = connection.indexOf("--port");
        return host < 0 || port < 0 ? "the archive's disk is readable"
                : "the server at " + connection.get(host + 1) + ":" + connection.get(port + 1) + " answers and is not overloaded";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** All of stdout, read on a thread of its own so that {@link #waitFor} can still cancel or stop a stalled tool. */
    public CompletableFuture<byte[]> stdout() {
        return ProcessOutput.collect(process.getInputStream(), tool + "-stdout");
    }

    /**
     * Waits for the exit, polling for cancel; a cancel kills the process and throws {@link CancelledException}, also
     * when it came just as the process ended (the user asked to stop before anything used its result).
     */
    public int waitFor(ProgressMonitor monitor) {
        return waitFor(monitor, () -> { });
    }

    /**
     * As {@link #waitFor(ProgressMonitor)}, running {@code whileWaiting} about ten times a second meanwhile. A tool
     * that shows no life for the stall timeout is killed and reported.
     */
    public int waitFor(ProgressMonitor monitor, Runnable whileWaiting) {
        ToolActivity activity = new ToolActivity(process.toHandle(), timeouts.toolStall());
        try {
            for (int tick = 1; !process.waitFor(100, TimeUnit.MILLISECONDS); tick++) {
                whileWaiting.run();
                if (monitor.isCancelled()) {
                    kill();
                    throw new CancelledException();
                }
                if (tick % 10 == 0 && activity.stalled(lines())) {
                    kill();
                    throw new UserFacingException(tool + " showed no progress for " + Timeouts.text(timeouts.toolStall())
                            + " (no output, nothing read or written) and was stopped — check that " + server
                            + ", or raise toolStallSeconds in the settings.");
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

    private synchronized long lines() {
        return stderr.size();
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
