package dev.firebreak.backup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.StoredBackups;
import dev.firebreak.testing.TestS3;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding one backup in S3 reads its manifest key; it does not list the whole bucket (slow and billed per request). */
class S3FindWithoutListingTest {
    @TempDir
    Path tmp;

    @Test
    void aBackupOnlyInS3IsFoundByItsManifestKeyWithoutAListRequest() throws Exception {
        TestS3.useTestCredentials();
        String bucket = TestS3.newBucket();
        LocalBackupStore local = new LocalBackupStore(tmp.resolve("backups"));
        StoredBackups.commit(local, "shop", "20261208-0100-up", Instant.parse("2026-12-08T01:00:00Z"), List.of());
        StoredBackups.commit(local, "shop", "20261208-0200-local", Instant.parse("2026-12-08T02:00:00Z"), List.of());
        BackupCatalog catalog = new BackupCatalog(local, new S3Config(bucket, "find", null, TestS3.endpoint().toString(),
                TestS3.PROFILE, null, null, false));
        assertThat(catalog.upload("20261208-0100-up", ProgressMonitor.NONE)).isTrue();
        local.delete("20261208-0100-up"); // now only in S3
        int before = TestS3.listRequests(bucket);

        assertThat(catalog.find("20261208-0100-up")).map(BackupManifest::profile).contains("shop");
        assertThat(catalog.upload("20261208-0200-local", ProgressMonitor.NONE)).as("not in S3 yet").isTrue();
        assertThat(catalog.upload("20261208-0200-local", ProgressMonitor.NONE)).as("already in S3").isFalse();

        assertThat(TestS3.listRequests(bucket) - before).as("LIST requests").isZero();
        assertThat(catalog.entries("shop").backups()).hasSize(2); // a listing does list: the count is real
        assertThat(TestS3.listRequests(bucket) - before).isEqualTo(1);
    }
}
