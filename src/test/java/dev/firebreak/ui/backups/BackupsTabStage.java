package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real Backups tab with its status bar on {@code stage}, wired as the console wires it, over {@code engine}. */
final class BackupsTabStage {
    private BackupsTabStage() {
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

    /** The text of the dialog that is open or about to open (waits up to a minute for it), its lines joined. */
    static String dialogText(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> text != null && !text.isBlank()).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
    }
}
