package dev.firebreak.backup.store;

import dev.firebreak.backup.manifest.ArchiveFile;
import dev.firebreak.core.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory-format archive being written by {@code pg_dump --format=directory} into a hidden temp folder that
 * does not exist yet (pg_dump creates it). {@link #finish()} hashes and fsyncs its files; a store then renames the
 * folder into place or {@link #abort()} deletes it.
 */
public final class PendingDirectory {
    private final String profile;
    private final String id;
    private final Path tempDir;
    private final WriterLock lock;

    PendingDirectory(String profile, String id, Path tempDir, WriterLock lock) {
        this.profile = profile;
        this.id = id;
        this.tempDir = tempDir;
        this.lock = lock;
    }

    public String profile() {
        return profile;
    }

    public String id() {
        return id;
    }

    /** Where pg_dump writes ({@code --file}). */
    public Path tempDir() {
        return tempDir;
    }

    /** The bytes written so far, for progress. */
    public long size() {
        if (!Files.isDirectory(tempDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(tempDir)) {
            return files.mapToLong(PendingDirectory::sizeOrZero).sum();
        } catch (IOException e) {
            return 0; // progress only: a file renamed under us is counted next time
        }
    }

    /** Every file with its SHA-256, all forced to disk together with the folder itself. */
    public List<ArchiveFile> finish() throws IOException {
        List<ArchiveFile> files = ArchiveChecksum.describe(tempDir);
        for (ArchiveFile file : files) {
            force(tempDir.resolve(file.name()));
        }
        force(tempDir);
        return files;
    }

    /** Deletes the temp folder (if it is still there) and ends the write; safe to call more than once. */
    public void abort() {
        try {
            FileTree.delete(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
