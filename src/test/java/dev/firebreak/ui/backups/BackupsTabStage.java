package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.Credentials;
import dev.firebreak.backup.ProfileStore;
import dev.firebreak.backup.RetentionPolicyFile;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The real Backups tab with its status bar on {@code stage}, wired as the console wires it, over {@code engine}. */
final class BackupsTabStage {
    private BackupsTabStage() {
    }

    static BackupsViewModel show(Stage stage, FirebreakHome home, BackupEngine engine, Credentials credentials,
                                 FxTaskExecutor executor) {
        StatusBar statusBar = new StatusBar(executor);
        FxDialogService dialogs = new FxDialogService(stage, statusBar);
        BackupsViewModel model = new BackupsViewModel(new BackupsActions(engine, new ProfileStore(home), credentials),
                executor, dialogs, Clock.systemUTC());
        BackupsView view = new BackupsView(model, new BackupCleanup(model, engine, RetentionPolicyFile.in(home), dialogs,
                Clock.systemUTC()), new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home), credentials,
                executor, dialogs, Clock.systemUTC()), Clock.systemUTC());
        stage.setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 750));
        stage.show();
        view.activate();
        return model;
    }
}
