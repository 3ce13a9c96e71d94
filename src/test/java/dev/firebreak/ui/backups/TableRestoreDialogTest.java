package dev.firebreak.ui.backups;

import static dev.firebreak.ui.backups.BackupsTabStage.dialogButton;
import static dev.firebreak.ui.backups.BackupsTabStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import javafx.scene.control.Button;
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

/** The Backups tab's "Restore some tables…" dialog on the story: the customers the bad migration emptied come back. */
@ExtendWith(ApplicationExtension.class)
class TableRestoreDialogTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** Made before the stage starts, so a slow machine does not run into TestFX's setup timeout. */
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
    void chooseCustomersCompareCopyTheMissingRowsBackAndDropTheSideSchemaOnClose(FxRobot robot) throws Exception {
        waitUntil(() -> model.profileProperty().get() != null && !model.busyProperty().get());
        robot.clickOn("#backups-backup-now");
        waitUntil(() -> model.backups().size() == 1 && !model.busyProperty().get());
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        robot.clickOn("#backups-restore-tables");
        Button compare = robot.lookup("#table-restore-compare").queryButton();
        assertThat(compare.isDisabled()).as("nothing chosen yet").isTrue();
        robot.clickOn("#restore-table-customers");
        robot.clickOn(compare);

        TableView<TableDifference> differences = robot.lookup("#table-restore-differences").queryTableView();
        waitUntil(() -> !differences.getItems().isEmpty());
        assertThat(differences.getItems()).extracting(TableDifference::describe)
                .containsExactly("customers: 1,247 in backup, 0 live, 1,247 missing (id=1, id=2, id=3, id=4, id=5, …)");
        assertThat(robot.lookup("#table-restore-status").queryAs(Label.class).getText())
                .startsWith("1,247 rows of the backup are missing live (restored aside in firebreak_restore_");
        assertThat(ShopDatabase.customers(shop)).as("comparing changes nothing live").isZero();

        robot.clickOn("#table-restore-copy");
        robot.clickOn(".dialog-pane .text-field").write(shop);
        robot.clickOn(dialogButton(robot, "OK"));
        waitUntil(() -> differences.getItems().size() == 1 && differences.getItems().get(0).missing() == 0);
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(sideSchemas()).isOne();

        robot.clickOn(dialogButton(robot, "Close"));
        robot.clickOn(dialogButton(robot, "OK"));
        waitUntil(() -> sideSchemas() == 0);
    }

    private long sideSchemas() {
        return TestPostgres.count(shop, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'firebreak\\_restore\\_%'");
    }
}
