package dev.firebreak.backup.store;

import dev.firebreak.backup.manifest.ArchiveFile;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Checks an archive's bytes against its manifest before anything reads it: one file, or every file of a folder. */
public final class ArchiveChecksum {
    private static final String REFUSED = " Nothing was restored and no database was touched. Use another backup (firebreak backups list).";

    private ArchiveChecksum() {
    }

    public static void verify(Path archive, BackupManifest manifest) {
        try {
            if (manifest.format() == ArchiveFormat.DIRECTORY) {
                verifyDirectory(archive, manifest);
            } else {
                if (!Files.isRegularFile(archive)) {
                    throw damaged(manifest, "has no archive file (" + archive + ")");
                }
                verifyFile(archive, manifest.sizeBytes(), manifest.sha256(), manifest, "the archive", "its SHA-256");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every listed file present with its size and SHA-256, nothing else in the folder, and the list itself intact. */
    private static void verifyDirectory(Path dir, BackupManifest manifest) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw damaged(manifest, "has no archive folder (" + dir + ")");
        }
        if (!listingSha256(manifest.files()).equals(manifest.sha256())) {
            throw damaged(manifest, "has a manifest whose file list does not match its SHA-256 " + manifest.sha256());
        }
        TreeSet<String> present = new TreeSet<>(names(dir));
        present.removeAll(manifest.files().stream().map(ArchiveFile::name).toList());
        if (!present.isEmpty()) {
            throw damaged(manifest, "has files that pg_dump did not write: " + String.join(", ", present));
        }
        for (ArchiveFile file : manifest.files()) {
            if (!Files.isRegularFile(dir.resolve(file.name()))) {
                throw damaged(manifest, "is missing its file " + file.name() + " (" + dir + ")");
            }
            verifyFile(dir.resolve(file.name()), file.bytes(), file.sha256(), manifest, "its file " + file.name(),
                    "the SHA-256 of its file " + file.name());
        }
    }

    private static void verifyFile(Path file, long bytes, String sha256, BackupManifest manifest, String what,
                                   String hashOf) throws IOException {
        long size = Files.size(file);
        if (size != bytes) {
            throw damaged(manifest, "is damaged: " + what + " has " + size + " bytes but " + bytes
                    + " were written (truncated or overwritten)");
        }
        String actual = sha256(file);
        if (!actual.equals(sha256)) {
            throw damaged(manifest, "is damaged: " + hashOf + " is " + actual + " but the manifest recorded " + sha256);
        }
    }

    private static UserFacingException damaged(BackupManifest manifest, String what) {
        return new UserFacingException("Backup " + manifest.id() + " " + what + "." + REFUSED);
    }

    /** The files of a directory archive, sorted by name, each with its size and SHA-256. */
    static List<ArchiveFile> describe(Path dir) throws IOException {
        List<ArchiveFile> files = new ArrayList<>();
        for (String name : names(dir)) {
            Path file = dir.resolve(name);
            files.add(new ArchiveFile(name, Files.size(file), sha256(file)));
        }
        files.sort(Comparator.comparing(ArchiveFile::name));
        return files;
    }

    /** A directory archive's SHA-256: that of its file list in {@code sha256sum} form, sorted by name. */
    public static String listingSha256(List<ArchiveFile> files) {
        StringBuilder listing = new StringBuilder();
        files.stream().sorted(Comparator.comparing(ArchiveFile::name))
                .forEach(file -> listing.append(file.sha256()).append("  ").append(file.name()).append('\n'));
        MessageDigest digest = newDigest();
        return HexFormat.of().formatHex(digest.digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Hashes through a 1 MiB direct buffer: no copy into the Java heap, few system calls. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
