package dev.firebreak.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Copies pg_dump's stdout into the pending archive on its own thread, so that the caller can watch for cancel.
 * If writing fails (disk full) the dump is killed rather than left blocked on a full pipe.
 */
final class StreamCopy {
    private final Thread thread;
    private volatile IOException failure;

    private StreamCopy(PgProcess process, PendingArchive archive, DumpProgress progress) {
        this.thread = new Thread(() -> copy(process, archive, progress), "pg_dump-copy");
        thread.setDaemon(true);
    }

    static StreamCopy start(PgProcess process, PendingArchive archive, DumpProgress progress) {
        StreamCopy copy = new StreamCopy(process, archive, progress);
        copy.thread.start();
        return copy;
    }

    /** Waits until every byte is written; rethrows a write failure. */
    void await() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new UncheckedIOException("Writing the archive failed: " + failure.getMessage(), failure);
        }
    }

    private void copy(PgProcess process, PendingArchive archive, DumpProgress progress) {
        byte[] buffer = new byte[1 << 16];
        long reported = 0;
        try (InputStream in = process.stdout()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                archive.write(buffer, read);
                if (archive.size() - reported >= (1 << 20)) {
                    reported = archive.size();
                    progress.bytesWritten();
                }
            }
        } catch (IOException e) {
            failure = e;
            process.kill();
        }
    }
}
