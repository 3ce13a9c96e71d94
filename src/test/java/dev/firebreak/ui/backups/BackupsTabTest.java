package dev.firebreak.ui.backups;

import static dev.firebreak.ui.backups.BackupsTabStage.dialogButton;
import static dev.firebreak.ui.backups.BackupsTabStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real Backups tab against a real PostgreSQL server and real pg_dump/pg_restore: back up, restore, verify. */
@ExtendWith(ApplicationExtension.class)
class BackupsTabTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** Made before the stage starts: on a loaded machine the server's first start outlasts TestFX's setup timeout. */
    private final String shop = ShopDatabase.create();
    private BackupsViewModel model;

    @Start
    void start(Stage stage) {
        model = BackupsTabStage.showShop(stage, tmp, shop, executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void backUpThenRestoreAsANewDatabaseThenVerify(FxRobot robot) throws Exception {
        Label freshness = robot.lookup("#backups-freshness").queryAs(Label.class);
        waitUntil(() -> freshness.getText().equals("No backup of " + shop + " yet"));

        robot.clickOn("#backups-backup-now");
        TableView<?> backups = robot.lookup("#backups-table").queryTableView();
        waitUntil(() -> backups.getItems().size() == 1 && !model.busyProperty().get());
        assertThat(freshness.getText()).isEqualTo("Last backup of " + shop + ": just now — never restored");
        assertThat(robot.lookup("#backup-tables").queryTableView().getItems()).extracting(Object::toString)
                .anyMatch(row -> row.contains("customers") && row.contains("rowsInBackup=1247"));

        robot.clickOn("#backups-restore-new");
        robot.clickOn(dialogButton(robot, "OK"));
        String restored = shop + "_restored_";
        waitUntil(() -> TestPostgres.count("postgres",
                "SELECT count(*) FROM pg_database WHERE datname LIKE '" + restored + "%'") == 1 && !model.busyProperty().get());
        String name = restoredDatabase(restored);
        assertThat(ShopDatabase.customers(name)).isEqualTo(1_247);
        assertThat(ShopDatabase.customers(shop)).as("the live database is untouched").isEqualTo(1_247);

        robot.clickOn("#backups-verify");
        waitUntil(() -> !model.busyProperty().get() && !model.backups().isEmpty()
                && !model.backups().get(0).verifications().isEmpty());
        BackupManifest verified = model.backups().get(0);
        assertThat(verified.verifications().get(0).passed()).as(verified.verifications().get(0).details()).isTrue();
        waitUntil(() -> freshness.getText().endsWith("verified just now"));
    }

    @Test
    void compareWithLiveShowsTheCustomersTheBadMigrationDropped(FxRobot robot) throws Exception {
        robot.clickOn("#backups-backup-now");
        waitUntil(() -> model.backups().size() == 1 && !model.busyProperty().get());
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        robot.clickOn("#backups-compare");

        waitUntil(() -> model.tables().stream().anyMatch(TableRow::compared));
        assertThat(model.tables()).filteredOn(row -> row.table().endsWith("customers"))
                .singleElement().satisfies(row -> {
                    assertThat(row.rowsInBackup()).isEqualTo(1_247);
                    assertThat(row.rowsNow()).isZero();
                });
        // the migration emptied customers and dropped orders without re-creating it
        assertThat(robot.lookup("#backup-tables .status-fail").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText)
                .containsExactlyInAnyOrder("0  (1,247 missing)", "table missing  (3,741 missing)");
    }

    private static String restoredDatabase(String prefix) throws Exception {
        try (var connection = TestPostgres.server().getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?")) {
            statement.setString(1, prefix + "%");
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
