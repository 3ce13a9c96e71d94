package dev.firebreak.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file locked through the operating system for as long as this process works on something: the OS drops the lock
 * when the process ends however it ends (kill -9 too), so an unlocked file marks the work of a process that is gone.
 * That is how Firebreak tells what an interrupted run left from what a live run is still doing.
 */
public final class ProcessLock implements AutoCloseable {
    /**
     * Locks this JVM holds. Closing any channel of a file drops all of a process's locks on it (POSIX), so a file
     * locked here is never opened again to probe it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private ProcessLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates (0600) and locks {@code file}; empty if a live process, this one included, holds it already. */
    public static Optional<ProcessLock> tryTake(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!HELD_HERE.add(absolute)) {
            return Optional.empty();
        }
        try {
            PrivateFiles.createDirectories(absolute.getParent());
            PrivateFiles.createFile(absolute); // an existing one is a dead run's: taken over if unlocked
            FileChannel channel = FileChannel.open(absolute, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(absolute);
                return Optional.empty();
            }
            return Optional.of(new ProcessLock(absolute, channel));
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(absolute);
            throw e;
        }
    }

    /** Whether a live process (this one or another) holds the lock on {@code file}. */
    public static boolean isHeld(Path file) {
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
                Files.deleteIfExists(file); // before the lock goes, so no one sees an unlocked file of a live run
                channel.close();
            }
        } catch (IOException e) {
            // the lock is released with the channel or at exit; a file left behind is itself a reported leftover
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
