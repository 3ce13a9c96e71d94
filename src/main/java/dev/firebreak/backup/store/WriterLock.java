package dev.firebreak.backup.store;

import dev.firebreak.core.ProcessLock;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Held by the process writing a backup while its archive is unfinished: {@code .<id>.writing} in the profile's folder,
 * a {@link ProcessLock}, which the operating system drops when that process ends however it ends (kill -9 too).
 * That is how the leftovers of an interrupted backup are told from a backup still being written.
 */
final class WriterLock implements AutoCloseable {
    static final String SUFFIX = ".writing";

    private final ProcessLock lock;

    private WriterLock(ProcessLock lock) {
        this.lock = lock;
    }

    static Path fileFor(Path profileDir, String id) {
        return profileDir.resolve("." + id + SUFFIX);
    }

    static WriterLock take(Path profileDir, String id) {
        Path file = fileFor(profileDir, id);
        try {
            return new WriterLock(ProcessLock.tryTake(file).orElseThrow(() -> new UserFacingException(
                    "Backup " + id + " is being written already (by this or another Firebreak process).")));
        } catch (IOException e) {
            throw new UserFacingException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a live process (this one or another) is writing the backup that {@code file} locks. */
    static boolean isHeld(Path file) {
        return ProcessLock.isHeld(file);
    }

    /** Releases the lock and removes its file; safe to call more than once. */
    @Override
    public void close() {
        lock.close();
    }
}
