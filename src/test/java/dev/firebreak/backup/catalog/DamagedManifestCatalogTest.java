package dev.firebreak.backup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.store.DamagedBackup;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.testing.DamagedManifests;
import dev.firebreak.testing.StoredBackups;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup whose manifest was cut short is shown as damaged, with its archive, instead of vanishing from the list. */
class DamagedManifestCatalogTest {
    @TempDir
    Path tmp;

    @Test
    void aTruncatedManifestIsListedAsDamagedBesideTheGoodBackup() throws Exception {
        LocalBackupStore store = new LocalBackupStore(tmp.resolve("backups"));
        StoredBackups.commit(store, "shop", "20261207-1000-good", Instant.parse("2026-12-07T10:00:00Z"), List.of());
        StoredBackups.commit(store, "shop", "20261207-1100-cut", Instant.parse("2026-12-07T11:00:00Z"), List.of());
        DamagedManifests.truncate(store, "shop", "20261207-1100-cut");

        CatalogListing listing = new BackupCatalog(store, null).entries(null);

        assertThat(listing.backups()).extracting(entry -> entry.manifest().id()).containsExactly("20261207-1000-good");
        assertThat(listing.damaged()).hasSize(1);
        DamagedBackup damaged = listing.damaged().get(0);
        assertThat(damaged.id()).isEqualTo("20261207-1100-cut");
        assertThat(damaged.profile()).isEqualTo("shop");
        assertThat(damaged.archive()).contains(store.root().resolve("shop/20261207-1100-cut.dump"));
        assertThat(damaged.archiveBytes()).isEqualTo(5);
        assertThat(damaged.reason()).isEqualTo("its manifest cannot be read: unexpected end of JSON at line 3 — the"
                + " archive cannot be verified or restored; delete it or restore the manifest from S3 if uploaded");
    }
}
