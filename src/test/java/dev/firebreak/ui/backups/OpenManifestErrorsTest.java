package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Files the Backups tab is asked to open but cannot show: the user is told why, and what to do. */
@ExtendWith(ApplicationExtension.class)
class OpenManifestErrorsTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final String shop = ShopDatabase.create();
    private FirebreakHome home;
    private BackupEngine engine;
    private BackupsViewModel model;

    @Start
    void start(Stage stage) {
        home = BackupsTabStage.homeWithShop(tmp, shop);
        engine = BackupsTabStage.engine(home, PgTools.onThisMachine(System.getenv()));
        model = BackupsTabStage.show(stage, home, engine, Credentials.fromEnvironment(), executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void aFileThatIsNotAManifestIsRefused(FxRobot robot) throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes-" + shop + ".firebreak"), "call the DBA at 2 AM\n");

        robot.interact(() -> model.open(notes));

        assertThat(BackupsTabStage.dialogText(robot)).startsWith("Opening " + notes.getFileName() + " failed")
                .contains(notes + " is not a Firebreak backup manifest");
    }

    @Test
    void aBackupWhoseArchiveIsGoneSaysWhereItShouldBe(FxRobot robot) throws Exception {
        BackupManifest backup = engine.backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .call(ProgressMonitor.NONE);
        Path folder = LocalBackupStore.in(home).root().resolve("shop");
        Files.delete(folder.resolve(backup.id() + ".dump"));

        robot.interact(() -> model.open(folder.resolve(backup.id() + ".firebreak")));

        assertThat(BackupsTabStage.dialogText(robot)).contains("The archive of backup " + backup.id() + " is missing: "
                + folder.resolve(backup.id() + ".dump") + " does not exist");
    }
}
