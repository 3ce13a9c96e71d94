package dev.firebreak.backup.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An archive being written to a hidden temp file, by {@code pg_dump --file} itself (no pipe through Firebreak that
 * could hold pg_dump up, and pg_dump can seek back to record where each table's data starts) or by {@link #write}.
 * {@link #finish()} forces it to disk and hashes it; a store then renames it into place or {@link #abort()} deletes it.
 */
public final class PendingArchive {
    private final String profile;
    private final String id;
    private final Path tempFile;
    private final WriterLock lock;

    PendingArchive(String profile, String id, Path tempFile, WriterLock lock) {
        this.profile = profile;
        this.id = id;
        this.tempFile = tempFile;
        this.lock = lock;
    }

    public String profile() {
        return profile;
    }

    public String id() {
        return id;
    }

    /** Where the archive is written ({@code pg_dump --file}). */
    public Path tempFile() {
        return tempFile;
    }

    /** Appends bytes (an archive that comes from elsewhere than pg_dump, e.g. a download). */
    public void write(byte[] buffer, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(tempFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(buffer, 0, length));
        }
    }

    /** The bytes written so far. */
    public long size() {
        try {
            return Files.exists(tempFile) ? Files.size(tempFile) : 0;
        } catch (IOException e) {
            return 0; // progress only
        }
    }

    /** Fsyncs the finished file; returns the hex SHA-256 of its bytes as they are on disk. */
    public String finish() throws IOException {
        try (FileChannel channel = FileChannel.open(tempFile, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return ArchiveChecksum.sha256(tempFile);
    }

    /** Deletes the temp file (if it is still there) and ends the write; safe to call more than once. */
    public void abort() {
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
