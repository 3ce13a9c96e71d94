package dev.firebreak.ui.backups;

import static dev.firebreak.ui.backups.BackupsTabStage.dialogButton;
import static dev.firebreak.ui.backups.BackupsTabStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.schedule.Schedule;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Delete, Prune… and automatic backups in the real Backups tab, over real backups (some made with a moved clock) in
 * a real local store.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsHousekeepingTabTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private FirebreakHome home;
    private Database database;
    private BackupsViewModel model;
    private BackupsView view;
    private AutoBackups autoBackups;
    private Runnable newAutoBackups;

    @BeforeAll
    static void startPostgresBeforeTheWindow() {
        TestPostgres.server(); // a cold start on a loaded machine can outlast TestFX's setup timeout
    }

    @Start
    void start(Stage stage) {
        String shop = ShopDatabase.create();
        home = new FirebreakHome(tmp.resolve("home-" + shop));
        database = TestPostgres.database(tmp, "shop", shop);
        new ProfileStore(home).save(database.profile());
        Clock clock = Clock.systemUTC();
        BackupEngine engine = engineAt(clock);
        StatusBar statusBar = new StatusBar(executor);
        FxDialogService dialogs = new FxDialogService(stage, statusBar);
        Credentials credentials = BackupsTabStage.testCredentials(tmp);
        model = new BackupsViewModel(new BackupsActions(engine, new ProfileStore(home), credentials), executor, dialogs, clock);
        // the console's clock stands at noon yesterday: today's backups are fresh for yesterday's 02:00 run
        Clock noonYesterday = Clock.fixed(LocalDate.now().minusDays(1).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        newAutoBackups = () -> autoBackups = new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home),
                credentials, executor, dialogs, noonYesterday);
        newAutoBackups.run();
        view = new BackupsView(model, new BackupCleanup(model, engine, RetentionPolicyFile.in(home), dialogs, clock),
                autoBackups, clock);
        stage.setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 750));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        autoBackups.close();
        executor.close();
    }

    @Test
    void deleteKeyRemovesTheSelectedBackupFromTableAndDiskAndTheNewestNeedsTheProfileNameTyped(FxRobot robot) throws Exception {
        BackupManifest older = backupAgo(Duration.ofHours(5));
        BackupManifest newest = backupAgo(Duration.ofHours(1));
        TableView<?> table = showBackups(robot, 2);

        robot.interact(() -> model.selectedProperty().set(model.backups().get(1)));
        robot.clickOn(robot.lookup("#backups-table .table-row-cell").nth(1).queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        assertThat(BackupsTabStage.dialogText(robot)).contains("Backup " + older.id() + ", taken " + TIME.format(older.finishedAt()))
                .contains(Numbers.bytes(older.sizeBytes()));
        robot.clickOn(dialogButton(robot, "OK"));

        waitUntil(() -> table.getItems().size() == 1 && !model.busyProperty().get());
        assertThat(model.backups()).containsExactly(newest);
        assertThat(archive(older)).doesNotExist();
        assertThat(archive(newest)).exists();

        robot.clickOn("#backups-delete");
        assertThat(BackupsTabStage.dialogText(robot)).contains("It is the newest backup of shop: retention would always keep it.");
        Button ok = dialogButton(robot, "OK");
        assertThat(ok.isDisabled()).as("not until the profile name is typed").isTrue();
        robot.clickOn(".dialog-pane .text-field").write("shop");
        robot.clickOn(ok);

        waitUntil(() -> table.getItems().isEmpty() && !model.busyProperty().get());
        assertThat(archive(newest)).doesNotExist();
    }

    @Test
    void pruneShowsThePlanWithTheSpaceFreedThenDeletesWhatRetentionDrops(FxRobot robot) throws Exception {
        BackupManifest ancient = backupAgo(Duration.ofDays(501));
        BackupManifest old = backupAgo(Duration.ofDays(500));
        BackupManifest recent = backupAgo(Duration.ofDays(1));
        TableView<?> table = showBackups(robot, 3);

        robot.clickOn("#backups-prune");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String plan = BackupsTabStage.dialogText(robot);
        assertThat(plan).contains("DELETE  " + TIME.format(old.finishedAt())).contains("DELETE  " + TIME.format(ancient.finishedAt()))
                .contains("keep      " + TIME.format(recent.finishedAt()) + "  " + Numbers.bytes(recent.sizeBytes())
                        + "  newest backup of shop")
                .endsWith("Deleting 2 backups frees " + Numbers.bytes(old.sizeBytes() + ancient.sizeBytes()) + ".");
        robot.clickOn(dialogButton(robot, "OK"));

        waitUntil(() -> table.getItems().size() == 1 && !model.busyProperty().get());
        assertThat(model.backups()).containsExactly(recent);
        assertThat(archive(old)).doesNotExist();
        assertThat(archive(ancient)).doesNotExist();
        assertThat(archive(recent)).exists();
    }

    @Test
    void theConsoleBacksUpADueProfileOnceAfterTheBoxIsTickedAndSkipsWhenTheNewestIsFresh(FxRobot robot) throws Exception {
        TableView<?> table = showBackups(robot, 0);
        CheckBox auto = robot.lookup("#backups-auto").queryAs(CheckBox.class);
        assertThat(auto.getText()).isEqualTo("Back _up automatically every day"); // Alt+U
        assertThat(auto.isSelected()).isFalse();

        robot.clickOn(auto);

        assertThat(new ScheduleStore(home).list()).containsExactly(new Schedule("shop", "daily", "02:00", false, true, null));
        assertThat(auto.getText()).isEqualTo("Back _up automatically daily at 02:00");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(model.backups().get(0).label()).isEqualTo(BackupLabel.SCHEDULED);

        newAutoBackups.run(); // a console opened later: nothing tried yet, but the newest backup is fresh
        autoBackups.checkNow();
        WaitForAsyncUtils.waitForFxEvents();
        drainExecutor();
        assertThat(LocalBackupStore.in(home).list("shop")).hasSize(1);

        robot.clickOn(auto);
        assertThat(new ScheduleStore(home).list()).isEmpty();
    }

    /** Waits until every job queued before now has finished (the executor runs one at a time, in order). */
    private void drainExecutor() throws Exception {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        new FxRobot().interact(() -> executor.execute(BackgroundTask.of("sentinel", monitor -> null).onSuccess(ignored -> done.countDown())));
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    }

    private TableView<?> showBackups(FxRobot robot, int count) throws Exception {
        robot.interact(view::activate);
        TableView<?> table = robot.lookup("#backups-table").queryTableView();
        waitUntil(() -> table.getItems().size() == count && !model.busyProperty().get());
        return table;
    }

    /** A real backup whose engine's clock says it was made {@code ago} before now. */
    private BackupManifest backupAgo(Duration ago) {
        Clock then = Clock.fixed(Instant.now().minus(ago), ZoneId.systemDefault());
        return engineAt(then).backup(database, BackupLabel.SCHEDULED).call(ProgressMonitor.NONE);
    }

    private BackupEngine engineAt(Clock clock) {
        return new BackupEngine(LocalBackupStore.in(home), PgTools.onThisMachine(System.getenv()), new EventBus(),
                home.root().resolve("private"), clock);
    }

    private Path archive(BackupManifest backup) {
        return LocalBackupStore.in(home).root().resolve("shop").resolve(backup.id() + ".dump");
    }
}
