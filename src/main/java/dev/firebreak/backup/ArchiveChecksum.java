package dev.firebreak.backup;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks an archive's bytes against its manifest before anything reads it. */
final class ArchiveChecksum {
    private ArchiveChecksum() {
    }

    static void verify(Path file, BackupManifest manifest) {
        String refused = " Nothing was restored and no database was touched. Use another backup (firebreak backups list).";
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("Backup " + manifest.id() + " has no archive file (" + file + ")." + refused);
        }
        try {
            long size = Files.size(file);
            if (size != manifest.sizeBytes()) {
                throw new UserFacingException("Backup " + manifest.id() + " is damaged: the archive has " + size
                        + " bytes but " + manifest.sizeBytes() + " were written (truncated or overwritten)." + refused);
            }
            String actual = sha256(file);
            if (!actual.equals(manifest.sha256())) {
                throw new UserFacingException("Backup " + manifest.id() + " is damaged: its SHA-256 is " + actual
                        + " but the manifest recorded " + manifest.sha256() + "." + refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
