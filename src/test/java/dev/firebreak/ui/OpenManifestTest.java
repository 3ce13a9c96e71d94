package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console started as a file manager starts it for a double-clicked {@code <id>.firebreak}: it opens on the
 * Backups tab with that backup's database chosen and that backup selected, its tables shown.
 */
@ExtendWith(ApplicationExtension.class)
class OpenManifestTest {
    @TempDir
    static Path tmp;

    /** Made before the stage starts: on a loaded machine real backups outlast TestFX's setup timeout. */
    private final String shop = ShopDatabase.create();
    private final FirebreakHome home = new FirebreakHome(tmp.resolve("home-" + shop));
    private final BackupManifest opened = backupAt("2026-11-29T02:00:00Z");
    private final BackupManifest newest = backupAt("2026-11-30T02:00:00Z");
    private App app;

    @Start
    void start(Stage stage) {
        new ProfileStore(home).save(TestPostgres.profile("other", shop)); // listed first: the console would show it
        new ProfileStore(home).save(TestPostgres.profile("shop", shop));
        Path manifest = LocalBackupStore.in(home).root().resolve("shop").resolve(opened.id() + ".firebreak");
        app = new App(home, FxDialogService::new, List.of(manifest.toString()));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void opensOnTheBackupsTabWithTheOpenedBackupSelected(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        TableView<BackupManifest> backups = robot.lookup("#backups-table").queryTableView();
        ComboBox<ConnectionProfile> database = robot.lookup("#backups-database").queryComboBox();

        waitUntil(() -> backups.getItems().size() == 2 && backups.getSelectionModel().getSelectedItem() != null
                && backups.getSelectionModel().getSelectedItem().id().equals(opened.id()));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Backups");
        assertThat(database.getValue().name()).isEqualTo("shop");
        assertThat(backups.getItems().get(0).id()).as("not merely the newest").isEqualTo(newest.id());
        assertThat(robot.lookup("#backup-tables").queryTableView().getItems()).extracting(Object::toString)
                .anyMatch(row -> row.contains("customers") && row.contains("rowsInBackup=" + ShopDatabase.CUSTOMERS));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no error shown").isEmpty();
    }

    private BackupManifest backupAt(String finished) {
        BackupEngine engine = new BackupEngine(LocalBackupStore.in(home), PgTools.onThisMachine(System.getenv()),
                new EventBus(), home.root().resolve("private"), Clock.fixed(Instant.parse(finished), ZoneOffset.UTC));
        return engine.backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL).call(ProgressMonitor.NONE);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
