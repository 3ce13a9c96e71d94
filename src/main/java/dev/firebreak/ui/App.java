package dev.firebreak.ui;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.FirebreakVersion;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.git.Repositories;
import dev.firebreak.practice.DeployApplied;
import dev.firebreak.practice.DrillTracker;
import dev.firebreak.practice.Practice;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import dev.firebreak.ui.backups.AutoBackups;
import dev.firebreak.ui.backups.BackupCleanup;
import dev.firebreak.ui.backups.BackupsActions;
import dev.firebreak.ui.backups.BackupsView;
import dev.firebreak.ui.backups.BackupsViewModel;
import dev.firebreak.ui.backups.TypedPasswords;
import dev.firebreak.ui.practice.DrillPanel;
import dev.firebreak.ui.practice.DrillPointer;
import dev.firebreak.ui.practice.DrillViewModel;
import dev.firebreak.ui.practice.WelcomeView;
import dev.firebreak.ui.prepush.PrePushActions;
import dev.firebreak.ui.prepush.PrePushView;
import dev.firebreak.ui.prepush.PrePushViewModel;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.FxTaskExecutor;
import dev.firebreak.ui.timeline.TimelineView;
import dev.firebreak.ui.timeline.TimelineViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.eclipse.jgit.lib.Repository;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's composition root: builds the services once and hands them to each tab by constructor. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final FirebreakHome home;
    private final List<String> arguments; // null: those of the launch (a manifest file to open)
    private final BiFunction<Stage, StatusBar, DialogService> dialogFactory;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final EventBus events = new EventBus();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private final BackupEngine engine;
    private final Practice practice;
    private final DrillTracker drillTracker;
    private StatusBar statusBar;
    private Journal journal;
    private TimelineView timelineView;
    private Tab timelineTab;
    private AutoBackups autoBackups;
    private PrePushViewModel prePush;
    private BackupsViewModel backups;
    private DrillViewModel drill;
    private TabsForTheDrill drillTabs;

    public App() {
        this(FirebreakHome.resolve(), FxDialogService::new, null);
    }

    /** The console over {@code home}, asking the user through the dialogs {@code dialogFactory} makes (tests answer them). */
    App(FirebreakHome home, BiFunction<Stage, StatusBar, DialogService> dialogFactory) {
        this(home, dialogFactory, List.of());
    }

    /** As launched with {@code arguments}: a backup manifest file in them opens on the Backups tab. */
    App(FirebreakHome home, BiFunction<Stage, StatusBar, DialogService> dialogFactory, List<String> arguments) {
        this.home = home;
        this.arguments = arguments;
        this.dialogFactory = dialogFactory;
        this.settingsStore = new SettingsStore(home);
        this.settings = settingsStore.load();
        this.engine = BackupEngine.forHome(home, Timeouts.of(settings), events);
        this.practice = new Practice(home, engine.store(), events, clock);
        this.drillTracker = DrillTracker.subscribe(practice, engine.store(), events, clock);
    }

    @Override
    public void start(Stage stage) {
        Runnable releaseJobs = executor.holdJobs(Duration.ofSeconds(5)); // the window first, then the tabs' loading
        Theme.apply(settings.darkTheme);
        statusBar = new StatusBar(executor);
        DialogService dialogs = dialogFactory.apply(stage, statusBar);
        List<Tab> tabs = tabs(dialogs);
        MainWindow window = new MainWindow(tabs, statusBar);
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        window.addMenu(WindowMenus.file(() -> openRepository(window, tabs.get(0), dialogs), () -> quit(stage)));
        window.addMenu(WindowMenus.view(settings.darkTheme, dark -> {
            settings.darkTheme = dark;
            Theme.apply(dark);
        }));
        scene.getStylesheets().add(App.class.getResource("firebreak.css").toExternalForm());
        window.install(scene);
        window.installShortcut(scene, TimelineView.CAPTURE_SHORTCUT, "Write a line in the incident timeline",
                timelineTab, this::focusCapture);
        // installed by the Backups tab itself once it is shown; named here for the Keyboard shortcuts dialog
        window.describeShortcut(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), "Back up the chosen database now");
        window.describeShortcut(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), "Upload the selected backup to S3");
        practiceMode(window, tabs, dialogs);
        window.addMenu(WindowMenus.help(() -> KeyboardShortcutsDialog.show(stage, window.shortcuts()),
                () -> AboutDialog.show(stage, FirebreakVersion.current(), home.root(), home.logs())));
        manifestToOpen().ifPresent(file -> {
            window.select(tabs.get(1));
            backups.open(file);
        });
        stage.setTitle("Firebreak");
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> rememberWindowSize(scene));
        FirstFrame.afterFirstFrame(scene, releaseJobs);
        FirstFrame.exitAfterFirstFrameIfAsked(scene);
        stage.show();
    }

    private void rememberWindowSize(Scene scene) {
        settings.windowWidth = scene.getWidth();
        settings.windowHeight = scene.getHeight();
        saveSettings();
    }

    /** File › Quit (Ctrl+Q): as closing the window, and Firebreak ends even while another of its windows is open. */
    private void quit(Stage stage) {
        rememberWindowSize(stage.getScene());
        stage.close();
        if (Platform.isImplicitExit()) { // not under a test's toolkit, which outlives the console it started
            Platform.exit();
        }
    }

    /** File › Open repository… (Ctrl+O): chosen in a folder chooser, checked on the Pre-push tab. */
    private void openRepository(MainWindow window, Tab prePushTab, DialogService dialogs) {
        dialogs.chooseDirectory("Open a git repository", prePush.repositoryProperty().get()).ifPresent(dir -> {
            window.select(prePushTab);
            prePush.open(dir);
        });
    }

    private List<Tab> tabs(DialogService dialogs) {
        PrePushActions actions = new PrePushActions(new PushOverride(new AuditLog(home), events, clock),
                LocalBackupStore.in(home), clock,
                repository -> {
                    if (settings.rememberRepository(repository.toString())) {
                        saveSettings(); // every refresh reports its repository; write only when the list changes
                    }
                });
        prePush = new PrePushViewModel(actions, executor, dialogs);
        prePush.followBackups(events);
        Tab prePushTab = new Tab("Pre-push", new PrePushView(prePush, dialogs, settings.recentRepositories));
        prePushTab.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        initialRepository().ifPresent(prePush::open);
        Tab backupsTab = new Tab("Backups", backups(dialogs));
        backupsTab.setGraphic(new FontIcon(Feather.DATABASE));
        timelineTab = timelineTab(dialogs);
        return List.of(prePushTab, backupsTab, timelineTab);
    }

    private BackupsView backups(DialogService dialogs) {
        TypedPasswords passwords = new TypedPasswords(Credentials.fromEnvironment());
        BackupsActions actions = new BackupsActions(engine, new ProfileStore(home), passwords);
        backups = new BackupsViewModel(actions, executor, dialogs, clock);
        statusBar.backupFreshnessProperty().bind(backups.backupAgeProperty());
        // a deploy that ran its migration here: the headline compares the database with its backup at once
        events.subscribe(DeployApplied.class, deployed -> Platform.runLater(() -> backups.liveDatabaseChanged(deployed.database())));
        backups.loadProfiles();
        autoBackups = new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home), passwords,
                executor, dialogs, clock);
        autoBackups.start();
        return new BackupsView(backups, new BackupCleanup(backups, engine, RetentionPolicyFile.in(home), dialogs, clock),
                autoBackups, clock);
    }

    /**
     * The guided drill beside the tabs (menu Practice, Ctrl+Shift+P), and the welcome view while no database profile
     * exists. Looking for pg_dump (which runs each candidate) happens on the worker.
     */
    private void practiceMode(MainWindow window, List<Tab> tabs, DialogService dialogs) {
        drillTabs = new TabsForTheDrill(backups, prePush);
        drill = new DrillViewModel(practice, drillTracker, executor, dialogs, drillTabs,
                new DrillPointer(window, tabs.get(0), tabs.get(1), tabs.get(2)));
        DrillPanel panel = new DrillPanel(drill);
        panel.collapsedProperty().set(settings.drillCollapsed);
        panel.collapsedProperty().addListener((observable, old, collapsed) -> {
            settings.drillCollapsed = collapsed;
            saveSettings();
        });
        Runnable startDrill = () -> {
            window.showSidePanel(panel);
            drill.start();
        };
        CheckMenuItem collapseItem = new CheckMenuItem("Collapse drill panel");
        collapseItem.setId("menu-practice-collapse");
        collapseItem.setAccelerator(KeyCombination.keyCombination(DrillPanel.COLLAPSE_KEYS.replace("Ctrl", "Shortcut")));
        collapseItem.selectedProperty().bindBidirectional(panel.collapsedProperty());
        window.addMenu(WindowMenus.menu("Practice", "menu-practice", WindowMenus.item("Practice drill", "menu-practice-drill",
                startDrill, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                collapseItem));
        WelcomeView welcome = new WelcomeView(startDrill, () -> {
            window.select(tabs.get(1));
            Platform.runLater(() -> ((Button) window.lookup("#backups-add-database")).fire());
        }, () -> window.select(tabs.get(0)));
        if (noProfileYet()) {
            window.showWelcome(welcome);
            executor.execute(BackgroundTask.of("Looking for pg_dump", monitor -> Practice.missingTools()).quick()
                    .onSuccess(welcome::showMissingTools));
        }
    }

    /** The backup manifest the console was opened with (Windows and Linux pass the file as the only argument). */
    private Optional<Path> manifestToOpen() {
        return launchArgument().filter(Files::isRegularFile);
    }

    private Optional<Path> launchArgument() {
        Parameters launch = getParameters(); // null when started without Application.launch (the screenshot tool)
        List<String> given = arguments != null ? arguments : launch == null ? List.of() : launch.getRaw();
        return given.stream().findFirst().map(Path::of);
    }

    /** Read before the first frame, like the settings (a small file): the console must open on the welcome view. */
    private boolean noProfileYet() {
        try {
            return new ProfileStore(home).list().isEmpty();
        } catch (RuntimeException e) {
            return false; // an unreadable profiles file: the Backups tab says what is wrong with it
        }
    }

    /**
     * The journal fed by every domain event. Opening it may run a Flyway migration, so it happens on the worker while
     * the window is already up; if it cannot be opened the tab says why and the rest still works.
     */
    private Tab timelineTab(DialogService dialogs) {
        Tab tab = new Tab("Timeline", new Label("Opening the incident journal…"));
        tab.setGraphic(new FontIcon(Feather.CLOCK));
        executor.execute(BackgroundTask.of("Opening the incident journal", monitor -> {
                    Journal opened = Journal.open(home, settings, clock);
                    // subscribed here, not on the UI thread later: the next queued job may already publish
                    JournalFeed.subscribe(events, opened, clock.getZone());
                    return opened;
                })
                .onSuccess(opened -> showTimeline(tab, opened, dialogs))
                .onFailure(error -> tab.setContent(unavailable(ErrorText.of(error))))
                .onCancelled(() -> tab.setContent(unavailable("opening it was cancelled; restart Firebreak to try again"))));
        return tab;
    }

    private void showTimeline(Tab tab, Journal opened, DialogService dialogs) {
        journal = opened;
        TimelineViewModel model = new TimelineViewModel(journal, executor, dialogs, clock.getZone());
        drillTabs.timelineOpened(model);
        drill.attach(journal);
        statusBar.incidentProperty().bind(model.incidentElapsedProperty());
        timelineView = new TimelineView(model);
        tab.setContent(timelineView);
        if (tab.isSelected()) {
            timelineView.activate(); // the tab was chosen while the journal was opening
        } else {
            model.refresh(); // so the status bar shows an incident left open before the tab is visited
        }
    }

    private static Label unavailable(String reason) {
        Label unavailable = new Label("The incident journal is unavailable: " + reason);
        unavailable.setWrapText(true);
        return unavailable;
    }

    /** Ctrl+L before the journal is open still brings the Timeline tab forward, which says it is opening. */
    private void focusCapture() {
        if (timelineView != null) {
            timelineView.focusCapture();
        }
    }

    /** The folder the console was started with, else the work tree it was started in, else the last one checked. */
    private Optional<Path> initialRepository() {
        Optional<Path> given = launchArgument().filter(Files::isDirectory);
        Optional<Path> asked = given.flatMap(App::workTreeOf);
        if (given.isPresent() && asked.isEmpty()) {
            statusBar.showMessage(given.get().toAbsolutePath() + " is not inside a git repository: showing the last one used");
        }
        return asked.or(() -> workTreeOf(Path.of("")))
                .or(() -> Optional.ofNullable(settings.lastRepository()).map(Path::of).filter(Files::isDirectory));
    }

    private static Optional<Path> workTreeOf(Path dir) {
        try (Repository repository = Repositories.open(dir)) {
            return Optional.of(Repositories.workTree(repository));
        } catch (UserFacingException e) {
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        if (autoBackups != null) {
            autoBackups.close();
        }
        executor.close();
        drill.close();
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
