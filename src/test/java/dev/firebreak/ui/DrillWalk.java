package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.practice.DrillStore;
import dev.firebreak.practice.Practice;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guided drill walked through the real console as a user does it, with a robot on the real controls: each method
 * is one thing the user does and returns once its real result is on screen, where the drill waits for Next.
 * {@code PracticeDrillTest} checks what the user sees between the steps; {@code DrillScreenshots} photographs it.
 */
final class DrillWalk {
    private final FxRobot robot;
    private final FirebreakHome home;
    private final List<String> errors;

    /** @param errors the error dialogs shown so far (see {@link AnsweringDialogs}): any one stops the walk */
    DrillWalk(FxRobot robot, FirebreakHome home, List<String> errors) {
        this.robot = robot;
        this.home = home;
        this.errors = errors;
    }

    void awaitWelcome() throws Exception {
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
    }

    /** Enter on the welcome view ("Practice safely" is its default button); step 1 then points at "Back up now". */
    void practiceSafely() throws Exception {
        robot.type(KeyCode.ENTER);
        waitUntil(() -> pointed("#backups-backup-now") && practiceProfileShown());
    }

    /** Step 1: "Back up now", then "Verify (test restore)" once the drill points at it; then its result and Next. */
    void backUpAndVerify() throws Exception {
        robot.clickOn("#backups-backup-now");
        waitUntil(() -> pointed("#backups-verify"));
        robot.clickOn("#backups-verify");
        waitUntil(() -> drill().isDone(DrillStep.BACKUP) && pointed("#drill-next"));
    }

    /** Enter: the drill's Next, its default button, leaves the result shown for the next step's control. */
    void next() throws Exception {
        String result = text("#drill-instruction");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text("#drill-instruction").equals(result)); // the next step (which may be done already)
    }

    /** Step 2 needs no action: the Pre-push tab comes forward, checks the push and blocks it; then Next. */
    void awaitPushBlocked() throws Exception {
        waitUntil(() -> drill().isDone(DrillStep.PUSH_BLOCKED) && pointed("#drill-next"));
    }

    /** Step 3: "Deploy anyway" and OK in its confirmation; then the rows missing and Next. */
    void deployAnyway() throws Exception {
        waitUntil(() -> pointed("#drill-deploy"));
        robot.clickOn("#drill-deploy");
        robot.clickOn(dialogButton("OK"));
        waitUntil(() -> drill().isDone(DrillStep.DEPLOY) && pointed("#drill-next"));
    }

    /** Step 4, first half: "Compare with live" shows the customers table's rows missing. */
    void compareWithLive() throws Exception {
        waitUntil(() -> pointed("#backups-compare"));
        robot.clickOn("#backups-compare");
        waitUntil(() -> robot.lookup("#backup-tables .status-fail").tryQuery().isPresent());
    }

    /** Step 4, second half: "Restore (replace)", confirmed by typing the database's name; then the recovery time. */
    void restoreByReplacing() throws Exception {
        robot.clickOn("#backups-restore-replace");
        robot.clickOn(".dialog-pane .text-field").write(Practice.DATABASE);
        robot.clickOn(dialogButton("OK"));
        waitUntil(() -> drill().isDone(DrillStep.RESTORE) && pointed("#drill-next"));
        waitUntil(() -> text("#drill-recovery").startsWith("Recovered in "));
    }

    /** Step 5, first half: a line typed into the Timeline's capture line, which the drill has focused. */
    void logLine(String line) throws Exception {
        waitUntil(() -> pointed("#timeline-capture"));
        robot.write(line).type(KeyCode.ENTER);
        waitUntil(() -> entries().stream().anyMatch(entry -> entry.source() == EntrySource.MANUAL));
    }

    /** Step 5, second half: "Export…" (the folder chooser answered by {@link AnsweringDialogs}); the drill completes. */
    void exportPostmortem() throws Exception {
        robot.clickOn("#timeline-export");
        waitUntil(() -> drill().isDone(DrillStep.POSTMORTEM));
    }

    /** "Reset and run again" and OK: back at step 1 with a fresh shop. */
    void resetAndRunAgain() throws Exception {
        robot.clickOn("#drill-reset");
        robot.clickOn(dialogButton("OK"));
        waitUntil(() -> drill().done().isEmpty() && pointed("#backups-backup-now"));
    }

    DrillRecord drill() {
        return new DrillStore(home.root().resolve("practice/drill.json"), Clock.systemUTC()).load();
    }

    long customers() {
        return Practice.customers(new Practice(home, null, null, Clock.systemUTC()).database());
    }

    /** The entries of the open incident. */
    List<Entry> entries() {
        try (Journal journal = Journal.local(home, Clock.systemUTC())) {
            Optional<Incident> open = journal.openIncident();
            return open.map(incident -> journal.entries(incident.id())).orElse(List.of());
        }
    }

    /** The title of the tab in front. */
    String selectedTab() {
        return robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Whether the Backups tab's headline banner has the style {@code verdictStyle} (verdict-block: red, …). */
    boolean headlineIs(String verdictStyle) {
        return robot.lookup("#backups-headline").tryQuery().map(node -> node.getStyleClass().contains(verdictStyle)).orElse(false);
    }

    /** Whether the drill outlines the control {@code id} as the one to use now. */
    boolean pointed(String id) {
        return robot.lookup(id).tryQuery().map(node -> node.getStyleClass().contains("drill-target")).orElse(false);
    }

    /** Waits (up to 2 minutes) for {@code condition}; an error dialog meanwhile fails at once with its text. */
    void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            assertThat(errors).as("errors shown to the user").isEmpty();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean practiceProfileShown() {
        return robot.lookup("#backups-database").tryQuery()
                .map(combo -> String.valueOf(((ComboBox<?>) combo).getValue()).contains("name=practice"))
                .orElse(false);
    }

    /** The button labelled {@code label} in the open dialog. */
    Button dialogButton(String label) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> label.equals(((Button) n).getText())).queryButton();
    }
}
