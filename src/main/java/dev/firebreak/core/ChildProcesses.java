package dev.firebreak.core;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts every external tool (pg_dump, pg_restore, git) so that it cannot outlive Firebreak, even after a
 * {@code kill -9}. On Linux the child starts through util-linux's {@code setpriv --pdeathsig TERM}, which asks the
 * kernel to send the child SIGTERM when its parent goes away (pg_dump and pg_restore pass it on to their {@code -j}
 * workers). The kernel watches the thread that started the child, not the process, so all children are started from
 * one thread that lives as long as the JVM. Elsewhere, or without setpriv, children start directly.
 */
public final class ChildProcesses {
    private static final Optional<Path> SETPRIV = System.getProperty("os.name", "").startsWith("Linux")
            ? List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv")).stream().filter(Files::isExecutable).findFirst()
            : Optional.empty();
    private static final ExecutorService STARTER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "firebreak-child-starter");
        thread.setDaemon(true);
        return thread;
    });

    private ChildProcesses() {
    }

    /** Whether children started here die with this JVM (the kernel's parent-death signal is available). */
    public static boolean dieWithFirebreak() {
        return SETPRIV.isPresent();
    }

    /** Starts {@code builder}'s command, tied to this JVM's life where {@link #dieWithFirebreak()}. */
    public static Process start(ProcessBuilder builder) throws IOException {
        if (SETPRIV.isEmpty()) {
            return builder.start();
        }
        List<String> command = new ArrayList<>(List.of(SETPRIV.get().toString(), "--pdeathsig", "TERM", "--"));
        command.add(executable(builder));
        command.addAll(builder.command().subList(1, builder.command().size()));
        ProcessBuilder wrapped = new ProcessBuilder(command).directory(builder.directory())
                .redirectInput(builder.redirectInput()).redirectOutput(builder.redirectOutput())
                .redirectError(builder.redirectError()).redirectErrorStream(builder.redirectErrorStream());
        wrapped.environment().clear();
        wrapped.environment().putAll(builder.environment());
        Future<Process> started = STARTER.submit(wrapped::start);
        try {
            return started.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.cancel(false);
            throw new InterruptedIOException("Interrupted while starting " + builder.command().get(0));
        }
    }

    /**
     * The program as a path that exists, found on the child's PATH like {@link ProcessBuilder#start} would, so a
     * missing tool still fails here with an IOException rather than later as setpriv's exit code.
     */
    private static String executable(ProcessBuilder builder) throws IOException {
        String program = builder.command().get(0);
        if (program.contains(File.separator)) {
            Path path = builder.directory() == null ? Path.of(program) : builder.directory().toPath().resolve(program);
            if (Files.isExecutable(path)) {
                return path.toAbsolutePath().toString();
            }
        } else {
            String searchPath = builder.environment().getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
            for (String dir : searchPath.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().toString();
                }
            }
        }
        throw new IOException("Cannot run program \"" + program + "\": not found or not executable");
    }
}
