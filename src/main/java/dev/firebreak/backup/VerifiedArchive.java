package dev.firebreak.backup;

import java.nio.file.Path;

/** An archive file whose bytes matched its manifest's size and SHA-256 when it was opened. */
public record VerifiedArchive(BackupManifest manifest, Path file) {
}
