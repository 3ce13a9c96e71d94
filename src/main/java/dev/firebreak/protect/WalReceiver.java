package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams WAL into {@code wal/} with {@code pg_receivewal --slot --synchronous} until cancelled, restarting it after a
 * failure (1 s, doubling to 60 s; back to 1 s after a minute of streaming), and records the position received.
 * Failures a restart cannot cure (slot gone, login refused, WAL already removed) end the run with a message.
 */
final class WalReceiver {
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final Duration STABLE = Duration.ofSeconds(60);

    private final ProtectionStore store;
    private final Database database;
    private final Protection protection;
    private final PgTool receivewal;
    private final Clock clock;
    private final Consumer<String> say;

    WalReceiver(ProtectionStore store, Database database, Protection protection, PgTool receivewal, Clock clock,
                Consumer<String> say) {
        this.store = store;
        this.database = database;
        this.protection = protection;
        this.receivewal = receivewal;
        this.clock = clock;
        this.say = say;
    }

    /** Runs until {@code monitor} is cancelled (then throws {@link CancelledException}, pg_receivewal killed). */
    void run(ProgressMonitor monitor) {
        String profile = protection.connection().name();
        Path wal = ProtectionStore.privateFolder(store.wal(profile));
        endLeftover(store.receiverPid(profile));
        Duration wait = FIRST_WAIT;
        while (true) {
            long started = System.nanoTime();
            List<String> errors = streamOnce(wal, monitor);
            permanentFailure(errors).ifPresent(message -> {
                throw new UserFacingException(message);
            });
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(STABLE) > 0) {
                wait = FIRST_WAIT;
            }
            say.accept("pg_receivewal stopped (" + ToolErrors.explain(errors) + ") Restarting in " + wait.toSeconds() + " s.");
            sleep(wait, monitor);
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    private List<String> streamOnce(Path wal, ProgressMonitor monitor) {
        String profile = protection.connection().name();
        try (PositionRecorder recorder = new PositionRecorder(database, protection.slot(), store, clock)) {
            // --no-loop: a lost connection comes back to us, to be retried with backoff and reported
            PgProcess process = PgProcess.start(receivewal, PgProcess.connectTo(database.profile()),
                    List.of("--directory", wal.toString(), "--slot", protection.slot(), "--synchronous", "--no-loop",
                            "--verbose"), database.credentials().childEnvironment(database.profile()), database.timeouts(), say);
            writePid(store.receiverPid(profile), process.pid());
            try {
                process.waitFor(monitor, recorder::pollNowAndThen);
            } finally {
                recorder.poll();
                deletePid(store.receiverPid(profile));
            }
            return process.errors().stream().filter(line -> !line.contains("starting log streaming")
                    && !line.contains("finished segment") && !line.contains("switched to timeline")).toList();
        }
    }

    private Optional<String> permanentFailure(List<String> errors) {
        String text = String.join("; ", errors);
        String profile = protection.connection().name();
        if (text.contains("does not exist") && text.contains("replication slot")) {
            return Optional.of("The slot " + protection.slot() + " is gone from the server (dropped by someone, or "
                    + "'protect disable'). WAL written since then is not kept for us. Run firebreak protect enable "
                    + "--profile " + profile + " to create it again with a new base backup.");
        }
        if (text.contains("is active for PID")) {
            return Optional.of("Another program already streams from the slot " + protection.slot() + " (another "
                    + "'firebreak protect run'?). Stop it first; only one receiver can read a slot.");
        }
        if (text.contains("has already been removed")) {
            return Optional.of("The server has removed WAL we had not received yet (" + text + "). Take a new base "
                    + "backup: firebreak protect base-backup --profile " + profile + ".");
        }
        if (text.contains("authentication failed") || text.contains("no password supplied")
                || text.contains("pg_hba.conf") || text.contains("must be superuser or replication role")) {
            return Optional.of("pg_receivewal cannot log in: " + ToolErrors.explain(errors));
        }
        return Optional.empty();
    }

    private static void sleep(Duration wait, ProgressMonitor monitor) {
        long until = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < until) {
                monitor.checkCancelled();
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        monitor.checkCancelled();
    }

    /** A pg_receivewal left running by a Firebreak that died where it could not be tied to us (no setpriv: macOS, Windows). */
    private static void endLeftover(Path pidFile) {
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).filter(handle -> handle.info().command()
                        .map(command -> command.contains("pg_receivewal")).orElse(false))
                        .ifPresent(ProcessHandle::destroyForcibly);
                Files.delete(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable pid file: nothing to end
        }
    }

    private static void writePid(Path pidFile, long pid) {
        try {
            AtomicFiles.write(pidFile, (pid + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deletePid(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
