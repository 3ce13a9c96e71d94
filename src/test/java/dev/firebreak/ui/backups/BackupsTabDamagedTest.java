package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.DamagedManifests;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.StoredBackups;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Backups tab over a store whose newest backup has a cut-short manifest: told, but never taken for a backup. */
@ExtendWith(ApplicationExtension.class)
class BackupsTabDamagedTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final String shop = ShopDatabase.create();
    private BackupsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        FirebreakHome home = new FirebreakHome(tmp.resolve("home-" + shop));
        new ProfileStore(home).save(TestPostgres.profile("shop", shop));
        LocalBackupStore store = new LocalBackupStore(home.root().resolve("backups"));
        StoredBackups.commit(store, "shop", "20261201-1000-good", Instant.now().minus(1, ChronoUnit.HOURS), List.of());
        StoredBackups.commit(store, "shop", "20261201-1100-cut", Instant.now().minus(1, ChronoUnit.MINUTES), List.of());
        DamagedManifests.truncate(store, "shop", "20261201-1100-cut");
        BackupEngine engine = new BackupEngine(store, PgTools.onThisMachine(System.getenv()), new EventBus(),
                home.root().resolve("private"), Clock.systemUTC());
        Credentials credentials = Credentials.fromEnvironment(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        model = BackupsTabStage.show(stage, home, engine, credentials, executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void theDamagedBackupIsNamedWithItsReasonAndTheHeadlineUsesTheGoodOne(FxRobot robot) throws Exception {
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().startsWith("Backup 20261201-1100-cut"));

        assertThat(message.getText()).isEqualTo("Backup 20261201-1100-cut is damaged: its manifest cannot be read:"
                + " unexpected end of JSON at line 3 — the archive cannot be verified or restored; delete it or restore"
                + " the manifest from S3 if uploaded.");
        assertThat(model.damaged()).extracting(damaged -> damaged.id()).containsExactly("20261201-1100-cut");
        assertThat(model.backups()).extracting(backup -> backup.id()).containsExactly("20261201-1000-good");
        assertThat(model.selectedProperty().get().id()).isEqualTo("20261201-1000-good");
        assertThat(model.headlineProperty().get().text()).startsWith("Last backup of shop: 1 h ago");
    }
}
