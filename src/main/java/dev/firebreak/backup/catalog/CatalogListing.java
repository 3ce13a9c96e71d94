package dev.firebreak.backup.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Every backup from every store, newest first. When S3 could not be listed the local backups are still there and
 * {@code s3Problem} says why the S3 copies are missing (an unreachable bucket must not hide the local backups).
 */
public record CatalogListing(List<CatalogEntry> backups, Optional<String> s3Problem) {
    public CatalogListing {
        backups = List.copyOf(backups);
    }
}
