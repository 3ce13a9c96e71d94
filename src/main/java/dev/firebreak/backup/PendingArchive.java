package dev.firebreak.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An archive being written to a hidden temp file: SHA-256 and size are computed while the bytes pass, and
 * {@link #finish()} forces them to disk. A store then renames it into place or {@link #abort()} deletes it.
 */
public final class PendingArchive {
    private final String profile;
    private final String id;
    private final Path tempFile;
    private final FileChannel channel;
    private final MessageDigest digest;
    private final DigestOutputStream output;
    private long size;

    PendingArchive(String profile, String id, Path tempFile) {
        this.profile = profile;
        this.id = id;
        this.tempFile = tempFile;
        try {
            this.channel = FileChannel.open(tempFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + tempFile, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.output = new DigestOutputStream(Channels.newOutputStream(channel), digest);
    }

    public String profile() {
        return profile;
    }

    public String id() {
        return id;
    }

    Path tempFile() {
        return tempFile;
    }

    /** Appends bytes, counting and hashing them on the way. */
    public void write(byte[] buffer, int length) throws IOException {
        output.write(buffer, 0, length);
        size += length;
    }

    public long size() {
        return size;
    }

    /** Flushes and fsyncs; returns the hex SHA-256 of everything written. */
    public String finish() throws IOException {
        output.flush();
        channel.force(true);
        channel.close();
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deletes the temp file; safe to call more than once and after a failed write. */
    public void abort() {
        try {
            channel.close();
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
