package dev.firebreak.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A child's output read to its end on a daemon thread of its own, so that the caller is free to wait for the exit
 * with a timeout that can fire. Reading first and waiting afterwards would block in the read for as long as the
 * child lives, and the timeout would never come.
 */
public final class ProcessOutput {
    private ProcessOutput() {
    }

    public static CompletableFuture<byte[]> collect(InputStream stream, String threadName) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DaemonThreads.named(threadName));
    }

    /**
     * Waits up to {@code seconds} for {@code process} to exit; past that it is killed (with what it started).
     *
     * @return whether it exited by itself in time
     */
    public static boolean exitedWithin(Process process, long seconds) throws InterruptedException {
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            return true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return false;
    }
}
