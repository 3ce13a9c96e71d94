package dev.firebreak.ui.backups;

import static dev.firebreak.ui.backups.BackupsTabStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestS3;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Backups tab with S3 configured (S3Proxy): back up, then Ctrl+U uploads it and the S3 badge appears. */
@ExtendWith(ApplicationExtension.class)
class BackupsTabS3Test {
    @TempDir
    static Path tmp;

    private static String bucket;
    private static String shop;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private BackupsViewModel model;

    /** The servers start here, not in {@code @Start}, which must be quick. */
    @BeforeAll
    static void servers() {
        TestS3.useTestCredentials();
        bucket = TestS3.newBucket();
        shop = ShopDatabase.create();
    }

    @Start
    void start(Stage stage) {
        FirebreakHome home = BackupsTabStage.homeWithShop(tmp, shop);
        S3Config s3 = new S3Config(bucket, "console", null, TestS3.endpoint().toString(), TestS3.PROFILE, null, null, false);
        BackupEngine engine = BackupsTabStage.engine(home, new BackupCatalog(LocalBackupStore.in(home), s3),
                PgTools.onThisMachine(System.getenv()));
        model = BackupsTabStage.show(stage, home, engine, BackupsTabStage.testCredentials(tmp), executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void backUpThenUploadWithTheKeyboardShowsTheS3Badge(FxRobot robot) throws Exception {
        waitUntil(() -> model.headlineProperty().get().text().startsWith("No backup of ") && !model.busyProperty().get());
        robot.clickOn("#backups-backup-now");
        waitUntil(() -> model.backups().size() == 1 && !model.busyProperty().get());
        BackupManifest backup = model.backups().get(0);
        assertThat(model.locationsOf(backup)).containsExactly(Location.LOCAL);
        assertThat(robot.lookup(".location-s3").queryAll()).isEmpty();
        Button upload = robot.lookup("#backups-upload").queryButton();
        assertThat(upload.isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);

        waitUntil(() -> model.locationsOf(model.backups().get(0)).equals(Set.of(Location.LOCAL, Location.S3))
                && !model.busyProperty().get());
        assertThat(robot.lookup(".location-s3").queryAs(Label.class).getText()).isEqualTo("S3");
        assertThat(upload.isDisabled()).as("nothing left to upload").isTrue();
        assertThat(TestS3.blobs().list(bucket, ListContainerOptions.Builder.recursive()).stream().map(blob -> blob.getName()))
                .contains("console/shop/" + backup.id() + ".json", "console/shop/" + backup.id() + "/" + backup.id() + ".dump");
    }
}
