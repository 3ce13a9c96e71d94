package dev.firebreak.backup.catalog;

import dev.firebreak.backup.manifest.BackupManifest;
import java.util.List;
import java.util.Set;

/** One backup and where its copies live, e.g. on this disk and in S3. */
public record CatalogEntry(BackupManifest manifest, Set<Location> locations) {
    public enum Location {
        LOCAL("local"), S3("S3");

        private final String label;

        Location(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public CatalogEntry {
        locations = Set.copyOf(locations);
    }

    public boolean in(Location location) {
        return locations.contains(location);
    }

    /** "local + S3", in a fixed order. */
    public String where() {
        return String.join(" + ", List.of(Location.values()).stream().filter(this::in).map(Location::toString).toList());
    }
}
