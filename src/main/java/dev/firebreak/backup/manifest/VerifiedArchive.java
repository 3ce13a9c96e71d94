package dev.firebreak.backup.manifest;

import java.nio.file.Path;
import java.util.List;

/**
 * An archive whose bytes matched its manifest's sizes and SHA-256s when it was opened: {@code file} is the archive
 * file (custom format) or folder (directory format).
 */
public record VerifiedArchive(BackupManifest manifest, Path file) {
    /** Every file of the archive, e.g. to upload them: the folder's files by their manifest names, else the file. */
    public List<Path> files() {
        if (manifest.format() == ArchiveFormat.DIRECTORY) {
            return manifest.files().stream().map(entry -> file.resolve(entry.name())).toList();
        }
        return List.of(file);
    }
}
