package dev.firebreak.backup.manifest;

/** One file of a directory-format archive, by its name inside the archive's folder. */
public record ArchiveFile(String name, long bytes, String sha256) {
}
