package dev.firebreak.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.EventBus;
import dev.firebreak.prepush.PushOverridden;
import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.IncidentStatus;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.FolderAnsweringDialogs;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Timeline tab on a real journal: open an incident, type the night, see events arrive, resolve. */
@ExtendWith(ApplicationExtension.class)
class TimelineTabTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final EventBus events = new EventBus();
    private Journal journal;
    private TimelineView view;
    private final List<Path> chooserStartedIn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        StatusBar statusBar = new StatusBar(executor);
        Clock clock = Clock.system(BERLIN);
        journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal-" + System.nanoTime() + ".db"), clock, "Ana");
        JournalFeed.subscribe(events, journal, BERLIN);
        DialogService dialogs = new FolderAnsweringDialogs(new FxDialogService(stage, statusBar), tmp) {
            @Override
            public Optional<Path> chooseDirectory(String title, Path initial) {
                chooserStartedIn.add(initial);
                return super.chooseDirectory(title, initial);
            }
        };
        view = new TimelineView(new TimelineViewModel(journal, executor, dialogs, BERLIN));
        stage.setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 700));
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        executor.close();
        journal.close();
    }

    @Test
    void theNightIsTypedIntoTheCaptureLineAndAppearsInTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-new-title").write("Orders table dropped").type(KeyCode.ENTER);
        waitUntil(() -> headline(robot).startsWith("Incident 1 · SEV2 · investigating"));

        robot.clickOn("#timeline-capture").write("0:03 realized the push went to main").type(KeyCode.ENTER);
        waitUntil(() -> rows(robot).size() == 2);
        TextField capture = robot.lookup("#timeline-capture").queryAs(TextField.class);
        assertThat(capture.getText()).as("the line is cleared for the next entry").isEmpty();
        assertThat(capture.isFocused()).as("and keeps the focus").isTrue();
        robot.write("Detected: customer called").type(KeyCode.ENTER);
        waitUntil(() -> rows(robot).size() == 3);

        TimelineRow typed = rows(robot).stream().filter(row -> row.current().text().equals("realized the push went to main"))
                .findFirst().orElseThrow();
        assertThat(typed.current().occurredAt().toLocalTime()).isEqualTo(LocalTime.of(0, 3));
        assertThat(typed.current().author()).isEqualTo("Ana");
    }

    @Test
    void aPublishedEventShowsUpAndResolvingUpdatesTheHeadline(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-new-title").write("Push went to main");
        robot.clickOn("#timeline-open");
        waitUntil(() -> headline(robot).startsWith("Incident 1"));

        events.publish(new PushOverridden(Instant.now(), "/repo", "on main → pushing to origin/main with force",
                List.of("force"), "restore yesterday's main"));
        robot.interact(view::activate); // as when the user comes back from the Pre-push tab
        waitUntil(() -> rows(robot).stream().anyMatch(row -> row.current().text().endsWith("restore yesterday's main")));

        robot.clickOn("#timeline-resolve");
        waitUntil(() -> headline(robot).startsWith("Incident 1 · SEV2 · resolved"));
        Incident incident = journal.incident(1);
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(robot.lookup("#timeline-resolve").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theLargestTextFollowsTheIncidentFromOpenToMitigatedToResolved(FxRobot robot) throws Exception {
        assertThat(situation(robot)).startsWith("No open incident");
        robot.clickOn("#timeline-new-title").write("Customers table dropped").type(KeyCode.ENTER);
        waitUntil(() -> situation(robot).startsWith("SEV2 · no mitigation recorded yet — "));
        assertThat(robot.lookup("#timeline-situation").query().getStyleClass()).contains("verdict-block");
        assertThat(robot.lookup("#timeline-next").queryAs(Label.class).getText()).isEqualTo("Record when impact started");

        robot.clickOn("#timeline-capture").push(KeyCode.ALT, KeyCode.M); // log the Mitigated milestone
        waitUntil(() -> situation(robot).matches("SEV2 · mitigated \\d\\d:\\d\\d — write the postmortem"));
        assertThat(robot.lookup("#timeline-situation").query().getStyleClass()).contains("verdict-warn");

        robot.clickOn("#timeline-resolve");
        waitUntil(() -> situation(robot).startsWith("No open incident"));
    }

    @Test
    void anEntryIsAmendedAndStruckOutByNewEntriesWithItsHistoryShown(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-new-title").write("Orders table dropped").type(KeyCode.ENTER);
        waitUntil(() -> headline(robot).startsWith("Incident 1"));
        robot.clickOn("#timeline-capture").write("0:05 tables emtpy").type(KeyCode.ENTER);
        robot.write("0:06 backup is fine").type(KeyCode.ENTER);
        waitUntil(() -> rows(robot).size() == 3);

        robot.clickOn("tables emtpy").clickOn("#timeline-amend");
        TextField capture = robot.lookup("#timeline-capture").queryAs(TextField.class);
        assertThat(capture.getText()).isEqualTo("tables emtpy");
        assertThat(robot.lookup("#timeline-amending").queryAs(Label.class).getText()).isEqualTo("Amending #2:");
        robot.interact(() -> capture.setText("tables empty"));
        robot.clickOn(capture).type(KeyCode.ENTER);
        waitUntil(() -> rows(robot).stream().anyMatch(row -> row.current().text().equals("tables empty")));

        robot.clickOn("backup is fine").clickOn("#timeline-strike");
        waitUntil(() -> rows(robot).stream().anyMatch(TimelineRow::struck));

        TimelineRow amended = rows(robot).stream().filter(TimelineRow::amended).filter(row -> !row.struck()).findFirst().orElseThrow();
        assertThat(amended.current().occurredAt().toLocalTime()).as("the amendment keeps the time").isEqualTo(LocalTime.of(0, 5));
        robot.clickOn("tables empty  (amended)");
        assertThat(robot.lookup("#timeline-history").queryAs(Label.class).getText())
                .startsWith("History of #2: #2 ").contains("tables emtpy (Ana)  →  #4 ", "tables empty (Ana)");
        robot.clickOn("#timeline-pin");
        waitUntil(() -> rows(robot).stream().anyMatch(row -> row.current().pinned()));
        robot.lookup("📌 tables empty  (amended)").query();
        assertThat(journal.entries(1)).hasSize(6);
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void thePostmortemIsWrittenBesideTheTimelineSavedAndExported(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-new-title").write("Orders table dropped").type(KeyCode.ENTER);
        waitUntil(() -> headline(robot).startsWith("Incident 1"));
        robot.clickOn("#postmortem-summary").write("A force push deployed a migration that dropped orders.");
        robot.interact(() -> robot.lookup("#postmortem-scroll").queryAs(ScrollPane.class).setVvalue(1)); // down to the action items
        robot.clickOn("#postmortem-action-text").write("Block force pushes to main");
        robot.clickOn("#postmortem-action-owner").write("Ana");
        robot.clickOn("#postmortem-action-add");
        robot.doubleClickOn("☐ Block force pushes to main · prevent · Ana");
        robot.clickOn("#timeline-save-postmortem");
        waitUntil(() -> journal.incident(1).postmortem().summary().startsWith("A force push"));
        assertThat(journal.incident(1).postmortem().actionItems())
                .containsExactly(new ActionItem("Block force pushes to main", "Ana", ActionItem.Type.PREVENT, true));

        robot.clickOn("#timeline-export");
        Path markdown = tmp.resolve("incident-1-postmortem.md");
        waitUntil(() -> Files.exists(tmp.resolve("incident-1-postmortem.json")));
        assertThat(Files.readString(markdown)).contains("A force push deployed a migration", "| Block force pushes to main | prevent | Ana | done |");
        assertThat(tmp.resolve("incident-1-postmortem.html")).exists();
        Label notice = robot.lookup("#status-message").queryAs(Label.class);
        waitUntil(() -> notice.getText().contains("click to open the folder"));
        assertThat(notice.getStyleClass()).as("the notice opens the folder when clicked").contains("status-link");
        assertThat(notice.getOnMouseClicked()).isNotNull();

        robot.clickOn("#timeline-export"); // again: the chooser starts where this incident went, not in Documents
        waitUntil(() -> chooserStartedIn.size() == 2);
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(chooserStartedIn.get(0)).isIn(home.resolve("Documents"), home);
        assertThat(chooserStartedIn.get(1)).isEqualTo(tmp);
    }

    private static String situation(FxRobot robot) {
        return robot.lookup("#timeline-situation-title").queryAs(Label.class).getText();
    }

    private static String headline(FxRobot robot) {
        return robot.lookup("#timeline-headline").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#timeline-table").queryAs(TableView.class).getItems());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
