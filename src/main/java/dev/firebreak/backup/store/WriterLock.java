package dev.firebreak.backup.store;

import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Held by the process writing a backup while its archive is unfinished: {@code .<id>.writing} in the profile's folder,
 * locked through the operating system, which drops the lock when that process ends however it ends (kill -9 too).
 * That is how the leftovers of an interrupted backup are told from a backup still being written.
 */
final class WriterLock implements AutoCloseable {
    static final String SUFFIX = ".writing";

    /**
     * Locks this JVM holds. Closing any channel of a file drops all of a process's locks on it (POSIX), so a file
     * locked here is never opened again to probe it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private WriterLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Path fileFor(Path profileDir, String id) {
        return profileDir.resolve("." + id + SUFFIX);
    }

    static WriterLock take(Path profileDir, String id) {
        Path file = fileFor(profileDir, id).toAbsolutePath();
        try {
            if (!HELD_HERE.add(file)) {
                throw new UserFacingException("Backup " + id + " is being written already.");
            }
            PrivateFiles.createFile(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(file);
                throw new UserFacingException("Backup " + id + " is being written by another Firebreak process.");
            }
            return new WriterLock(file, channel);
        } catch (IOException e) {
            HELD_HERE.remove(file);
            throw new UserFacingException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a live process (this one or another) is writing the backup that {@code file} locks. */
    static boolean isHeld(Path file) {
        if (HELD_HERE.contains(file.toAbsolutePath())) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException | IOException e) {
            return true; // cannot tell: leave it alone
        }
    }

    /** Releases the lock and removes its file; safe to call more than once. */
    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                Files.deleteIfExists(file); // before the lock goes, so no one sees an unlocked writer file
                channel.close();
            }
        } catch (IOException e) {
            // the lock is released with the channel or at exit; a file left behind is itself a reported leftover
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
