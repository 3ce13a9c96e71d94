package dev.firebreak.ui;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.Credentials;
import dev.firebreak.backup.ProfileStore;
import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import dev.firebreak.ui.backups.BackupsActions;
import dev.firebreak.ui.backups.BackupsView;
import dev.firebreak.ui.backups.BackupsViewModel;
import dev.firebreak.ui.prepush.PrePushActions;
import dev.firebreak.ui.prepush.PrePushView;
import dev.firebreak.ui.prepush.PrePushViewModel;
import dev.firebreak.ui.task.FxTaskExecutor;
import dev.firebreak.ui.timeline.TimelineView;
import dev.firebreak.ui.timeline.TimelineViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's composition root: builds the services once and hands them to each tab by constructor. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final FirebreakHome home = FirebreakHome.resolve();
    private final SettingsStore settingsStore = new SettingsStore(home);
    private final Settings settings = settingsStore.load();
    private final EventBus events = new EventBus();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private StatusBar statusBar;
    private Journal journal;
    private TimelineView timelineView;
    private Tab timelineTab;

    @Override
    public void start(Stage stage) {
        Theme.apply(settings.darkTheme);
        statusBar = new StatusBar(executor);
        DialogService dialogs = new FxDialogService(stage, statusBar);
        MainWindow window = new MainWindow(tabs(dialogs), statusBar, settings.darkTheme, dark -> {
            settings.darkTheme = dark;
            Theme.apply(dark);
        });
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        scene.getStylesheets().add(App.class.getResource("firebreak.css").toExternalForm());
        window.install(scene);
        if (timelineView != null) {
            window.installShortcut(scene, TimelineView.CAPTURE_SHORTCUT, timelineTab, timelineView::focusCapture);
        }
        stage.setTitle("Firebreak");
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            settings.windowWidth = scene.getWidth();
            settings.windowHeight = scene.getHeight();
            saveSettings();
        });
        stage.show();
    }

    private List<Tab> tabs(DialogService dialogs) {
        PrePushActions actions = new PrePushActions(new PushOverride(new AuditLog(home), events, clock), clock,
                repository -> {
                    settings.rememberRepository(repository.toString());
                    saveSettings();
                });
        PrePushViewModel prePush = new PrePushViewModel(actions, executor, dialogs);
        Tab prePushTab = new Tab("Pre-push", new PrePushView(prePush, dialogs, settings.recentRepositories));
        prePushTab.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        initialRepository().ifPresent(prePush::open);
        Tab backupsTab = new Tab("Backups", backups(dialogs));
        backupsTab.setGraphic(new FontIcon(Feather.DATABASE));
        timelineTab = new Tab("Timeline", timeline(dialogs));
        timelineTab.setGraphic(new FontIcon(Feather.CLOCK));
        return List.of(prePushTab, backupsTab, timelineTab);
    }

    private BackupsView backups(DialogService dialogs) {
        BackupsActions actions = new BackupsActions(BackupEngine.forHome(home, events), new ProfileStore(home),
                Credentials.fromEnvironment());
        BackupsViewModel model = new BackupsViewModel(actions, executor, dialogs, clock);
        statusBar.backupFreshnessProperty().bind(model.freshnessProperty());
        model.loadProfiles();
        return new BackupsView(model, clock);
    }

    /** The journal fed by every domain event; if it cannot be opened the tab says why and the rest still works. */
    private javafx.scene.Node timeline(DialogService dialogs) {
        try {
            journal = Journal.open(home, clock);
        } catch (UserFacingException e) {
            LOG.warn("Journal unavailable", e);
            Label unavailable = new Label("The incident journal is unavailable: " + e.getMessage());
            unavailable.setWrapText(true);
            return unavailable;
        }
        JournalFeed.subscribe(events, journal, clock.getZone());
        TimelineViewModel model = new TimelineViewModel(journal, executor, dialogs, clock.getZone());
        statusBar.incidentProperty().bind(model.incidentElapsedProperty());
        // read once at start so the status bar shows an incident left open, even before the tab is visited
        model.refresh();
        timelineView = new TimelineView(model);
        return timelineView;
    }

    /** The last repository checked, else the working directory when it is a repository. */
    private Optional<Path> initialRepository() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return Optional.ofNullable(settings.lastRepository()).map(Path::of).filter(Files::isDirectory)
                .or(() -> Optional.of(workingDirectory).filter(dir -> Files.exists(dir.resolve(".git"))));
    }

    @Override
    public void stop() {
        executor.close();
        if (journal != null) {
            journal.close();
        }
        saveSettings();
    }

    private void saveSettings() {
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", home.settingsFile(), e);
        }
    }
}
