package dev.firebreak.backup.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.BackupEvents;
import dev.firebreak.backup.Manifests;
import dev.firebreak.backup.PruneJob;
import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.catalog.CatalogListing;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.retention.RetentionPolicy;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.TestS3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against a real S3 API (S3Proxy in-process) and real backups of a real PostgreSQL database. */
class S3StoreTest {
    private static final String PREFIX = "team/firebreak";

    @TempDir
    Path tmp;

    String shop;
    Database database;
    String bucket;
    LocalBackupStore local;
    List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void credentials() {
        TestS3.useTestCredentials();
    }

    @BeforeEach
    void shopAndBucket() {
        shop = ShopDatabase.create();
        database = TestPostgres.database(tmp, "shop", shop);
        bucket = TestS3.newBucket();
        local = new LocalBackupStore(tmp.resolve("backups"));
    }

    @Test
    void anUploadedBackupOutlivesItsLocalCopyAndRestoresFromS3() {
        BackupEngine engine = engine(config(TestS3.PROFILE), Clock.systemUTC());
        BackupManifest backup = engine.backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);

        assertThat(engine.upload(backup.id()).call(ProgressMonitor.NONE)).isTrue();

        assertThat(keys()).containsExactlyInAnyOrder(PREFIX + "/shop/" + backup.id() + "/" + backup.id() + ".dump",
                PREFIX + "/shop/" + backup.id() + ".json");
        assertThat(events).anyMatch(event -> event instanceof BackupEvents.BackupUploaded uploaded
                && uploaded.backupId().equals(backup.id()) && uploaded.summary().contains("s3://" + bucket + "/" + PREFIX));
        assertThat(engine.upload(backup.id()).call(ProgressMonitor.NONE)).as("already there").isFalse();

        local.delete(backup.id());
        assertThat(engine.listing("shop").backups()).singleElement()
                .satisfies(entry -> assertThat(entry.locations()).containsExactly(Location.S3));

        RestoreOutcome restored = engine.restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE);

        assertThat(ShopDatabase.customers(restored.database())).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.orders(restored.database())).isEqualTo(ShopDatabase.ORDERS);
        assertThat(engine.listing("shop").backups()).singleElement()
                .satisfies(entry -> assertThat(entry.locations()).containsExactlyInAnyOrder(Location.LOCAL, Location.S3));
    }

    @Test
    void aFlippedByteInTheS3CopyIsRefusedBeforeAnyDatabaseIsTouched() throws IOException {
        BackupEngine engine = engine(config(TestS3.PROFILE), Clock.systemUTC());
        BackupManifest backup = engine.backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        engine.upload(backup.id()).call(ProgressMonitor.NONE);
        local.delete(backup.id());
        flipByte(PREFIX + "/shop/" + backup.id() + "/" + backup.id() + ".dump");
        long databases = TestPostgres.count("postgres", "SELECT count(*) FROM pg_database");

        assertThatThrownBy(() -> engine.restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("The copy in s3://" + bucket + "/" + PREFIX + " was refused")
                .hasMessageContaining("is damaged: its SHA-256 is")
                .hasMessageContaining("no database was touched");

        assertThat(TestPostgres.count("postgres", "SELECT count(*) FROM pg_database")).isEqualTo(databases);
        assertThat(local.list(null)).as("the damaged copy was not taken in").isEmpty();
        assertThat(filesUnder(local.root())).as("nor left lying around").isEmpty();
        assertThat(engine.listing("shop").backups()).singleElement()
                .satisfies(entry -> assertThat(entry.locations()).containsExactly(Location.S3));
    }

    @Test
    void accessDeniedNamesTheBucketAndWhatToCheckAndKeepsTheLocalBackup() {
        BackupEngine engine = engine(config(TestS3.WRONG_SECRET_PROFILE), Clock.systemUTC());
        BackupManifest backup = engine.backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);

        assertThatThrownBy(() -> engine.upload(backup.id()).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("the local backup is intact")
                .hasMessageContaining("refused access to bucket '" + bucket + "' (403")
                .hasMessageContaining("Check the credentials (AWS profile '" + TestS3.WRONG_SECRET_PROFILE + "')");

        assertThat(local.open(backup.id()).manifest()).isEqualTo(backup);
        assertThat(keys()).isEmpty();
        assertThat(events).anyMatch(event -> event instanceof BackupEvents.UploadFailed failed
                && failed.summary().startsWith("Upload of backup " + backup.id() + " to s3://" + bucket));
    }

    @Test
    void anUnreachableEndpointIsSaidPlainlyAndTheLocalBackupsAreStillListed() {
        S3Config unreachable = new S3Config(bucket, PREFIX, null, "http://127.0.0.1:1", TestS3.PROFILE, null, null, false);
        BackupEngine engine = engine(unreachable, Clock.systemUTC());
        BackupManifest backup = engine.backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);

        assertThatThrownBy(() -> engine.upload(backup.id()).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("the local backup is intact")
                .hasMessageContaining("Cannot reach the S3 endpoint http://127.0.0.1:1 for bucket '" + bucket + "'");

        CatalogListing listing = engine.listing("shop");
        assertThat(listing.backups()).singleElement()
                .satisfies(entry -> assertThat(entry.locations()).containsExactly(Location.LOCAL));
        assertThat(listing.s3Problem()).hasValueSatisfying(problem -> assertThat(problem).contains("Cannot reach"));
        assertThat(local.open(backup.id()).manifest()).isEqualTo(backup);
    }

    @Test
    void anUnknownBucketAndMissingCredentialsAreToldApart() {
        S3Config noBucket = new S3Config("firebreak-no-such-bucket", PREFIX, null, TestS3.endpoint().toString(),
                TestS3.PROFILE, null, null, false);
        assertThatThrownBy(() -> S3BackupStore.connect(noBucket).check())
                .hasMessageContaining("The bucket 'firebreak-no-such-bucket' does not exist at the S3 endpoint");
        S3Config noCredentials = new S3Config(bucket, PREFIX, null, TestS3.endpoint().toString(), "nobody-has-this-profile",
                null, null, false);
        assertThatThrownBy(() -> S3BackupStore.connect(noCredentials).check())
                .hasMessageContaining("No AWS credentials for bucket '" + bucket + "'")
                .hasMessageContaining("AWS profile 'nobody-has-this-profile'");
        assertThat(S3BackupStore.connect(config(TestS3.PROFILE)).check())
                .isEqualTo("Reached s3://" + bucket + "/" + PREFIX + ": 0 backups there.");
    }

    @Test
    void pruneDeletesFromS3Too() {
        S3Config config = config(TestS3.PROFILE);
        BackupManifest ancient = uploadedAt(config, "2025-06-01T02:00:00Z");
        BackupManifest old = uploadedAt(config, "2025-06-02T02:00:00Z");
        BackupManifest recent = uploadedAt(config, "2026-11-30T02:00:00Z");
        local.delete(old.id()); // one of them only in S3
        PruneJob prune = engine(config, Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC))
                .prune("shop", RetentionPolicy.DEFAULT);

        assertThat(prune.delete(prune.plan()).backupIds()).containsExactly(old.id(), ancient.id());

        assertThat(keys()).containsExactlyInAnyOrder(PREFIX + "/shop/" + recent.id() + "/" + recent.id() + ".dump",
                PREFIX + "/shop/" + recent.id() + ".json");
        assertThat(local.list("shop")).containsExactly(recent);
    }

    @Test
    void aDirectoryArchiveIsJustMoreFilesAndLargeOnesGoUpInParts() throws IOException {
        BackupManifest manifest = Manifests.finishedAt("shop", "2026-11-30T02:00:00Z");
        Path archive = Files.createDirectories(tmp.resolve("archive/" + manifest.id() + ".dump"));
        byte[] large = new byte[10 << 20]; // beyond the 8 MiB multipart threshold: two parts
        new java.util.Random(7).nextBytes(large);
        Files.write(archive.resolve("3001.dat.gz"), large);
        Files.writeString(archive.resolve("toc.dat"), "table of contents");
        List<RemoteStore.FileToUpload> files = List.of(
                new RemoteStore.FileToUpload(manifest.id() + ".dump/3001.dat.gz", archive.resolve("3001.dat.gz")),
                new RemoteStore.FileToUpload(manifest.id() + ".dump/toc.dat", archive.resolve("toc.dat")));
        List<Long> progress = new CopyOnWriteArrayList<>();
        try (S3BackupStore store = S3BackupStore.connect(config(TestS3.PROFILE))) {
            store.upload(manifest, files, new ProgressMonitor() {
                @Override
                public void update(String message, long done, long total) {
                    progress.add(done);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertThat(store.list("shop")).containsExactly(manifest);
            Path download = Files.createDirectories(tmp.resolve("download"));
            store.download(manifest, download, ProgressMonitor.NONE);

            assertThat(download.resolve(manifest.id() + ".dump/3001.dat.gz")).hasBinaryContent(large);
            assertThat(download.resolve(manifest.id() + ".dump/toc.dat")).hasContent("table of contents");
        }
        assertThat(progress).as("bytes reported while uploading").isNotEmpty().allMatch(done -> done <= large.length + 17);
    }

    private BackupManifest uploadedAt(S3Config config, String finished) {
        BackupEngine engine = engine(config, Clock.fixed(Instant.parse(finished), ZoneOffset.UTC));
        BackupManifest backup = engine.backup(database, BackupLabel.SCHEDULED).call(ProgressMonitor.NONE);
        engine.upload(backup.id()).call(ProgressMonitor.NONE);
        return backup;
    }

    private S3Config config(String awsProfile) {
        return new S3Config(bucket, PREFIX, null, TestS3.endpoint().toString(), awsProfile, null, null, false);
    }

    private BackupEngine engine(S3Config config, Clock clock) {
        EventBus bus = new EventBus();
        bus.subscribe(DomainEvent.class, events::add);
        return new BackupEngine(new BackupCatalog(local, config), PgTools.onThisMachine(System.getenv()), bus,
                tmp.resolve("private"), clock);
    }

    private List<String> keys() {
        return TestS3.blobs().list(bucket, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName).filter(name -> !name.endsWith("/")).toList();
    }

    /** What a failing disk at the provider does: same size, one bit different. */
    private void flipByte(String key) throws IOException {
        BlobStore blobs = TestS3.blobs();
        byte[] bytes;
        try (InputStream in = blobs.getBlob(bucket, key).getPayload().openStream()) {
            bytes = in.readAllBytes();
        }
        bytes[bytes.length / 2] ^= 0x01;
        Blob damaged = blobs.blobBuilder(key).payload(bytes).build();
        blobs.putBlob(bucket, damaged);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
