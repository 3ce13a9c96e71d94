package dev.firebreak.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.s3.RemoteStore.FileToUpload;
import dev.firebreak.backup.s3.S3BackupStore;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.TestS3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Cancelling an upload in the console reads as cancelled, not as an S3 failure, and only once the files already sent
 * are removed from the bucket again (the old thread interrupt skipped that cleanup and left them to cost money).
 */
class S3UploadCancelTest {
    private static final String PREFIX = "team/firebreak";

    @TempDir
    Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void toolkitAndCredentials() throws Exception {
        FxToolkit.registerPrimaryStage(); // the outcome is reported on the UI thread
        TestS3.useTestCredentials();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aCancelledUploadReadsAsCancelledAndLeavesNothingInTheBucket() throws Exception {
        String bucket = TestS3.newBucket();
        S3Config config = new S3Config(bucket, PREFIX, null, TestS3.endpoint().toString(), TestS3.PROFILE, null, null, false);
        LocalBackupStore local = new LocalBackupStore(tmp.resolve("backups"));
        BackupEngine engine = new BackupEngine(new BackupCatalog(local, config), PgTools.onThisMachine(System.getenv()),
                new EventBus(), tmp.resolve("private"), Clock.systemUTC());
        BackupManifest backup = engine.backup(TestPostgres.database(tmp, "shop", ShopDatabase.create()), BackupLabel.MANUAL)
                .call(ProgressMonitor.NONE);
        Path bigTable = tmp.resolve("orders.dat");
        byte[] data = new byte[64 << 20];
        new Random(7).nextBytes(data); // incompressible, so sending it takes a while
        Files.write(bigTable, data);
        List<FileToUpload> files = List.of(new FileToUpload(backup.id() + ".dump", local.archiveFile(backup)),
                new FileToUpload("orders.dat", bigTable));

        long dumpSize = Files.size(local.archiveFile(backup));
        CompletableFuture<List<String>> keysWhenCancelled = new CompletableFuture<>();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        AtomicReference<RunningJob> job = new AtomicReference<>();
        try (S3BackupStore store = S3BackupStore.connect(config)) {
            job.set(executor.execute(BackgroundTask.of("Uploading " + backup.id(), monitor -> {
                        store.upload(backup, files, new ProgressMonitor() {
                            @Override
                            public void update(String message, long done, long total) {
                                if (done > dumpSize) {
                                    job.get().cancel(); // the user clicks Cancel while the big file is on its way
                                }
                                monitor.update(message, done, total);
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCancelled();
                            }
                        });
                        return null;
                    })
                    .onCancelled(() -> keysWhenCancelled.complete(keys(bucket)))
                    .onFailure(failure::complete)));

            CompletableFuture.anyOf(keysWhenCancelled, failure).get(60, TimeUnit.SECONDS);
            assertThat(failure).as("reported as a failure").isNotDone();
            assertThat(keysWhenCancelled.get()).as("objects left in the bucket when 'cancelled' showed").isEmpty();
        }
    }

    private static List<String> keys(String bucket) {
        return TestS3.blobs().list(bucket, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName).filter(name -> !name.endsWith("/")).toList();
    }
}
