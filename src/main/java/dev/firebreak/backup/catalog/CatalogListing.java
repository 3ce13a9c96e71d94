package dev.firebreak.backup.catalog;

import dev.firebreak.backup.store.DamagedBackup;
import java.util.List;
import java.util.Optional;

/**
 * Every backup from every store, newest first. When S3 could not be listed the local backups are still there and
 * {@code s3Problem} says why the S3 copies are missing (an unreachable bucket must not hide the local backups).
 * {@code damaged} are the backups on this disk whose manifest cannot be read: shown to a person, but never one of
 * {@code backups}, so no headline, check or retention rule can take one for a usable backup.
 */
public record CatalogListing(List<CatalogEntry> backups, Optional<String> s3Problem, List<DamagedBackup> damaged) {
    public CatalogListing {
        backups = List.copyOf(backups);
        damaged = List.copyOf(damaged);
    }

    public CatalogListing(List<CatalogEntry> backups, Optional<String> s3Problem) {
        this(backups, s3Problem, List.of());
    }
}
