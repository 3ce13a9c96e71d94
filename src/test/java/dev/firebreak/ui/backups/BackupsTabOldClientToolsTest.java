package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.NewerPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Back up now" of a PostgreSQL 18 server with only older client tools: the console says what the CLI says. */
@ExtendWith(ApplicationExtension.class)
class BackupsTabOldClientToolsTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** Before the stage starts: the server's first start outlasts TestFX's setup timeout on a loaded machine. */
    private final PgTools olderTools = NewerPostgres.olderClientTools();
    private BackupEngine engine;
    private BackupsViewModel model;

    @Start
    void start(Stage stage) {
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        new ProfileStore(home).save(NewerPostgres.profile("inventory"));
        engine = BackupsTabStage.engine(home, olderTools);
        model = BackupsTabStage.show(stage, home, engine, BackupsTabStage.testCredentials(tmp), executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void backUpNowNamesBothVersionsAndWhatToInstallAndListsNoBackup(FxRobot robot) throws Exception {
        String pgDumps = olderTools.find("pg_dump").stream().map(PgTool::version).distinct().toList().toString();
        int major = NewerPostgres.major();

        robot.clickOn("#backups-backup-now");

        assertThat(BackupsTabStage.dialogText(robot)).contains("Backing up " + NewerPostgres.DATABASE + " failed",
                "Need pg_dump " + major + " or newer because the server of '" + NewerPostgres.DATABASE
                        + "' is PostgreSQL " + NewerPostgres.version() + ", but only pg_dump " + pgDumps + " was found.",
                "apt-get install postgresql-client-" + major + " (Debian/Ubuntu)");
        robot.clickOn(BackupsTabStage.dialogButton(robot, "OK"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.backups()).isEmpty();
        assertThat(engine.catalog(null)).isEmpty();
    }
}
