package dev.firebreak.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.IncidentStatus;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Severity;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.MainWindow;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The open incident from the whole window: its elapsed time in the status bar, Ctrl+L from any tab, the quiet
 * reminder, and every step of the night by keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class OpenIncidentTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T23:00:00Z"), BERLIN);
    private Journal journal;
    private TimelineViewModel model;

    @Start
    void start(Stage stage) {
        StatusBar statusBar = new StatusBar(executor);
        journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal-" + System.nanoTime() + ".db"), clock, "Ana");
        model = new TimelineViewModel(journal, executor, new FxDialogService(stage, statusBar), BERLIN);
        TimelineView timeline = new TimelineView(model);
        // wired as App wires them
        statusBar.incidentProperty().bind(model.incidentElapsedProperty());
        Tab other = new Tab("Pre-push", new TextField());
        other.getContent().setId("other-field");
        Tab timelineTab = new Tab("Timeline", timeline);
        MainWindow window = new MainWindow(List.of(other, timelineTab), statusBar);
        Scene scene = new Scene(window, 1100, 700);
        window.install(scene);
        window.installShortcut(scene, TimelineView.CAPTURE_SHORTCUT, "Write a line in the incident timeline", timelineTab,
                timeline::focusCapture);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        journal.close();
    }

    @Test
    void ctrlLFromAnotherTabFocusesTheCaptureLineAndTheStatusBarShowsTheElapsedTime(FxRobot robot) throws Exception {
        journal.openIncident("Orders table dropped", Severity.SEV1, EntrySource.MANUAL);
        robot.interact(model::refresh);
        waitUntil(() -> statusIncident(robot).startsWith("SEV1 · incident 1 · 0 min"));

        robot.clickOn("#other-field").write("typing elsewhere");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Timeline");
        TextField capture = robot.lookup("#timeline-capture").queryAs(TextField.class);
        assertThat(capture.isFocused()).as("the capture line has the cursor").isTrue();
        robot.write("restoring from the 02:00 backup").type(KeyCode.ENTER);
        waitUntil(() -> journal.entries(1).size() == 2);

        clock.advance(Duration.ofMinutes(134));
        robot.interact(model::tickPulse);
        assertThat(statusIncident(robot)).startsWith("SEV1 · incident 1 · 2 h 14 min");

        // the impact started before the incident was opened: the elapsed time counts from there
        journal.append(NewEntry.of(1, clock.instant().minus(Duration.ofHours(3)).atZone(BERLIN).toOffsetDateTime(),
                EntryKind.MILESTONE, "Impact started: deploy ran the migration", EntrySource.MANUAL));
        robot.interact(model::refresh);
        waitUntil(() -> statusIncident(robot).startsWith("SEV1 · incident 1 · 3 h 0 min"));

        journal.resolve(1, EntrySource.MANUAL);
        robot.interact(model::refresh);
        waitUntil(() -> !robot.lookup("#status-incident").queryAs(Label.class).isVisible());
    }

    @Test
    void afterFifteenQuietMinutesTheTabRemindsQuietlyAndTheNextLineClearsIt(FxRobot robot) throws Exception {
        journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.MANUAL);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> statusIncident(robot).startsWith("SEV2 · incident 1"));
        Label reminder = robot.lookup("#timeline-reminder").queryAs(Label.class);

        clock.advance(Duration.ofMinutes(14));
        robot.interact(model::tickPulse);
        assertThat(reminder.isVisible()).as("14 quiet minutes are not yet worth a word").isFalse();

        clock.advance(Duration.ofMinutes(2));
        robot.interact(model::tickPulse);
        assertThat(reminder.isVisible()).isTrue();
        assertThat(reminder.getText()).isEqualTo("Nothing logged for 16 min. What is happening right now?");
        assertThat(robot.lookup("#timeline-capture").queryAs(TextField.class).isFocused())
                .as("a hint, not a dialog: the capture line keeps the cursor").isTrue();

        robot.write("still restoring, 40 % done").type(KeyCode.ENTER);
        waitUntil(() -> !reminder.isVisible());
    }

    @Test
    void theWholeIncidentIsRunFromTheKeyboardAndItsStatusOnlyMovesForward(FxRobot robot) throws Exception {
        robot.clickOn("#other-field");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        shortcut(robot, KeyCode.CONTROL, KeyCode.N);
        robot.write("Orders table dropped").type(KeyCode.ENTER);
        waitUntil(() -> statusIncident(robot).startsWith("SEV2 · incident 1"));
        shortcut(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("customer called");
        shortcut(robot, KeyCode.ALT, KeyCode.D);
        waitUntil(() -> texts().contains("Detected: customer called"));
        shortcut(robot, KeyCode.ALT, KeyCode.I);
        waitUntil(() -> journal.incident(1).status() == IncidentStatus.IDENTIFIED);

        shortcut(robot, KeyCode.CONTROL, KeyCode.UP); // the newest row: "Identified"
        shortcut(robot, KeyCode.CONTROL, KeyCode.UP); // the one before: "Detected: …"
        shortcut(robot, KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> journal.entries(1).stream().anyMatch(entry -> entry.pinned() && entry.text().equals("Detected: customer called")));

        shortcut(robot, KeyCode.ALT, KeyCode.M);
        waitUntil(() -> journal.incident(1).status() == IncidentStatus.MITIGATED);
        shortcut(robot, KeyCode.ALT, KeyCode.R);
        waitUntil(() -> journal.incident(1).status() == IncidentStatus.RESOLVED);
        shortcut(robot, KeyCode.ALT, KeyCode.I); // late: journaled, but the status stays
        waitUntil(() -> texts().stream().filter("Identified"::equals).count() == 2);
        assertThat(journal.incident(1).status()).isEqualTo(IncidentStatus.RESOLVED);
        shortcut(robot, KeyCode.ALT, KeyCode.C);
        waitUntil(() -> journal.incident(1).status() == IncidentStatus.CLOSED);
        assertThat(robot.lookup("#timeline-capture").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(journal.verify().intact()).isTrue();
    }

    private List<String> texts() {
        return journal.entries(1).stream().map(Entry::text).toList();
    }

    private static void shortcut(FxRobot robot, KeyCode modifier, KeyCode key) {
        robot.press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String statusIncident(FxRobot robot) {
        return robot.lookup("#status-incident").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
