package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.NewerPostgres;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
        engine = new BackupEngine(LocalBackupStore.in(home), olderTools, new EventBus(), home.root().resolve("private"),
                Clock.systemUTC());
        Credentials credentials = Credentials.fromEnvironment(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        model = BackupsTabStage.show(stage, home, engine, credentials, executor);
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
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.backups()).isEmpty();
        assertThat(engine.catalog(null)).isEmpty();
    }
}
