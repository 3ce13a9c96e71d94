package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real Backups tab with its status bar on {@code stage}, wired as the console wires it, over {@code engine}. */
final class BackupsTabStage {
    private BackupsTabStage() {
    }

    /** The tab over the test database {@code shop} (profile "shop"), backed up locally with this machine's pg tools. */
    static BackupsViewModel showShop(Stage stage, Path tmp, String shop, FxTaskExecutor executor) {
        FirebreakHome home = homeWithShop(tmp, shop);
        return show(stage, home, engine(home, PgTools.onThisMachine(System.getenv())), testCredentials(tmp), executor);
    }

    static BackupsViewModel show(Stage stage, FirebreakHome home, BackupEngine engine, Credentials credentials,
                                 FxTaskExecutor executor) {
        return show(stage, home, engine, new TypedPasswords(credentials), executor);
    }

    /** As the console wires it: the passwords typed in Add database serve the tab and its automatic backups. */
    static BackupsViewModel show(Stage stage, FirebreakHome home, BackupEngine engine, TypedPasswords passwords,
                                 FxTaskExecutor executor) {
        StatusBar statusBar = new StatusBar(executor);
        FxDialogService dialogs = new FxDialogService(stage, statusBar);
        BackupsViewModel model = new BackupsViewModel(new BackupsActions(engine, new ProfileStore(home), passwords),
                executor, dialogs, Clock.systemUTC());
        BackupsView view = new BackupsView(model, new BackupCleanup(model, engine, RetentionPolicyFile.in(home), dialogs,
                Clock.systemUTC()), new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home), passwords,
                executor, dialogs, Clock.systemUTC()), Clock.systemUTC());
        stage.setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 750));
        stage.show();
        view.activate();
        return model;
    }

    /** A home of its own under {@code tmp} that knows the test database {@code shop} as the profile "shop". */
    static FirebreakHome homeWithShop(Path tmp, String shop) {
        FirebreakHome home = new FirebreakHome(tmp.resolve("home-" + shop));
        new ProfileStore(home).save(TestPostgres.profile("shop", shop));
        return home;
    }

    /** An engine on the system clock over the local store of {@code home}, running {@code tools}. */
    static BackupEngine engine(FirebreakHome home, PgTools tools) {
        return engine(home, new BackupCatalog(LocalBackupStore.in(home), null), tools);
    }

    /** An engine on the system clock over {@code catalog}, running {@code tools}, its private files in {@code home}. */
    static BackupEngine engine(FirebreakHome home, BackupCatalog catalog, PgTools tools) {
        return new BackupEngine(catalog, tools, new EventBus(), home.root().resolve("private"), Clock.systemUTC());
    }

    /** The test server's password as the console finds it: in a pgpass file under {@code tmp}. */
    static Credentials testCredentials(Path tmp) {
        return Credentials.fromEnvironment(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
    }

    /** The open dialog's button that reads {@code text}. */
    static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> text.equals(((Button) n).getText())).queryButton();
    }

    /** Waits up to a minute for {@code condition}, then for the events it set off. */
    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the dialog that is open or about to open (waits up to a minute for it), its lines joined. */
    static String dialogText(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> text != null && !text.isBlank()).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
    }
}
