package dev.firebreak.cli;

import dev.firebreak.core.ProgressMonitor;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long command on stderr (at most one line a second), and Ctrl-C or SIGTERM as cancel: the shutdown
 * hook asks the job to stop and waits for it to clean up (kill pg_dump/pg_restore, remove temp files and databases).
 * A job that does not notice within a moment is blocked (e.g. waiting for a silent server): its thread is interrupted.
 */
final class TerminalProgress implements ProgressMonitor, AutoCloseable {
    private static final long CLEANUP_WAIT_SECONDS = 30;
    private static final long NOTICE_MILLIS = 1_000;

    private final PrintWriter err;
    private final Thread hook = new Thread(this::cancelAndWait, "firebreak-cancel");
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread job = Thread.currentThread();
    private volatile boolean cancelled;
    private long lastPrinted;
    private String lastMessage = "";

    TerminalProgress(PrintWriter err) {
        this.err = err;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public synchronized void update(String message, long done, long total) {
        long now = System.nanoTime();
        if (!message.equals(lastMessage) && now - lastPrinted > TimeUnit.SECONDS.toNanos(1)) {
            err.println(message);
            lastPrinted = now;
            lastMessage = message;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running and waits for us
        }
    }

    private void cancelAndWait() {
        cancelled = true;
        try {
            if (!finished.await(NOTICE_MILLIS, TimeUnit.MILLISECONDS)) {
                job.interrupt();
                finished.await(CLEANUP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
