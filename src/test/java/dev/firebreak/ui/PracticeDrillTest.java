package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.practice.BadDeploy;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.practice.SampleShop;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Journal;
import dev.firebreak.ui.backups.TableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
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
 * The whole guided drill in the real console (its composition root, the real tabs and dialogs) against the embedded
 * practice server and the practice repository: welcome, backup + verify, the blocked push, the bad deploy, compare
 * and replace restore with every customer back, the self-filled incident, a typed line and the exported postmortem.
 * Each step waits on its result until Enter presses the drill's Next.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeDrillTest {
    @TempDir
    static Path tmp;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private FirebreakHome home;
    private App app;

    @Start
    void start(Stage stage) {
        home = new FirebreakHome(tmp.resolve("home-" + System.nanoTime()));
        app = new App(home, (window, statusBar) -> new AnsweringDialogs(new FxDialogService(window, statusBar),
                tmp.resolve("export"), errors));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theGuidedDrillFromWelcomeToExportedPostmortem(FxRobot robot) throws Exception {
        DrillWalk walk = new DrillWalk(robot, home, errors);
        walk.awaitWelcome();
        walk.practiceSafely();

        // 1. Backups: the drill shows the practice profile and points at "Back up now", then at "Verify"
        walk.backUpAndVerify();
        // the drill waits on the result, the verified backup in green, until Enter presses Next
        assertThat(walk.text("#drill-instruction")).startsWith("Step 1 done. Your backup is verified")
                .contains("Press Next (Enter) for step 2");
        waitsOnTheResult(walk, "Backups", () -> walk.headlineIs("verdict-allow") && !walk.drill().isDone(DrillStep.PUSH_BLOCKED));
        walk.next();

        // 2. Pre-push: the feature branch's force push to main is blocked, with reasons
        walk.awaitPushBlocked();
        walk.waitUntil(() -> !walk.text("#prepush-verdict").contains("no backup")); // checked again after step 1's backup
        assertThat(walk.text("#prepush-headline")).contains("feature/checkout-redesign", "origin/main");
        assertThat(walk.text("#prepush-verdict-word")).isEqualTo("BLOCKED");
        assertThat(walk.text("#prepush-verdict")).contains("Protected target: forced update of protected origin/main")
                .contains("Force: discards ");
        assertThat(robot.lookup("#prepush-push").queryButton().isDisabled()).isTrue();
        waitsOnTheResult(walk, "Pre-push", () -> walk.text("#prepush-verdict-word").equals("BLOCKED"));
        walk.next();

        // 3. Deploy anyway (after a deliberate OK)
        walk.deployAnyway();
        assertThat(walk.customers()).isZero();
        // the Backups tab's largest text follows the incident: red, naming the rows gone, never "verified just now"
        walk.waitUntil(() -> walk.headlineIs("verdict-block"));
        assertThat(walk.text("#backups-freshness")).startsWith("customers: 1,247 rows missing");
        assertThat(walk.text("#backups-next")).startsWith("Restore (replace) brings them back from the verified backup of ");
        assertThat(walk.selectedTab()).isEqualTo("Backups");
        walk.next();

        // 4. Backups: compare with live (1,247 → 0), then restore by replacing, confirmed by typing the name
        walk.compareWithLive();
        assertThat(robot.lookup("#backup-tables .status-fail").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).anySatisfy(text -> assertThat(text).contains("1,247 missing"));
        walk.restoreByReplacing();
        assertThat(walk.customers()).isEqualTo(SampleShop.CUSTOMERS);
        // green, saying what came back and that Undo is there; the safety copy of the emptied shop decides nothing
        walk.waitUntil(() -> walk.headlineIs("verdict-allow"));
        assertThat(walk.text("#backups-freshness")).startsWith("Restored ").contains("all 1,247 customers")
                .endsWith("back · Undo available");
        assertThat(walk.text("#status-backup")).startsWith("Last backup of shop: ").contains("verified");
        // the restored list with Undo enabled stays in front until Next; the comparison from before the restore is gone
        waitsOnTheResult(walk, "Backups", () -> !robot.lookup("#backups-undo").queryButton().isDisabled()
                && robot.lookup("#backup-tables .status-fail").tryQuery().isEmpty());
        walk.next();

        // 5. Timeline: the incident filled itself; add a line, export the postmortem
        walk.logLine("Customers back after the replace restore; the app reconnected");
        walk.exportPostmortem();

        long incident = walk.drill().incident();
        assertThat(walk.entries()).extracting(Entry::text)
                .anySatisfy(line -> assertThat(line).startsWith("Incident opened: " + BadDeploy.INCIDENT_TITLE))
                .anySatisfy(line -> assertThat(line).startsWith("Impact started: Deploy of feature/checkout-redesign"))
                .anySatisfy(line -> assertThat(line).startsWith("Detected: Rows missing in shop"))
                .anySatisfy(line -> assertThat(line).startsWith("Mitigated: ").contains("restored into shop"));
        Path markdown = tmp.resolve("export/incident-" + incident + "-postmortem.md");
        assertThat(Files.readString(markdown)).contains(BadDeploy.INCIDENT_TITLE, "Customers back after the replace restore")
                .containsPattern("\\| Time to detect \\| \\d+ min \\|")
                .containsPattern("\\| Time to mitigate \\| \\d+ min \\|");
        assertThat(walk.text("#drill-instruction")).startsWith("Drill complete");
        assertThat(walk.drill().recoveryTime()).isPresent();
        assertThat(errors).isEmpty();

        // what the last run leaves in the tabs: the incident's clock, Undo, a comparison shown, an override reason typed
        assertThat(walk.text("#status-incident")).startsWith("SEV1 · incident " + incident + " · ");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1).clickOn("#prepush-override-reason").write("rehearsing the override");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2).clickOn("#backups-compare");
        walk.waitUntil(() -> tableRows(robot).stream().anyMatch(TableRow::compared));
        assertThat(robot.lookup("#backups-undo").queryButton().isDisabled()).isFalse();

        // reset and run again: a fresh shop and drill, the last incident resolved, back at step 1, nothing of it left
        walk.resetAndRunAgain();
        assertThat(walk.customers()).isEqualTo(SampleShop.CUSTOMERS);
        assertThat(walk.text("#drill-recovery")).isEmpty();
        assertThat(walk.text("#drill-step-1")).isEqualTo("1. " + DrillStep.BACKUP.title());
        try (Journal journal = Journal.local(home, Clock.systemUTC())) {
            assertThat(journal.incident(incident).isOpen()).isFalse();
        }
        walk.waitUntil(() -> !robot.lookup("#status-incident").query().isVisible());
        assertThat(robot.lookup("#backups-undo").queryButton().isDisabled()).as("Undo restore").isTrue();
        assertThat(tableRows(robot)).noneMatch(TableRow::compared);
        assertThat(robot.lookup("#prepush-override-reason").queryTextInputControl().getText()).isEmpty();
        assertThat(walk.text("#drill-reset-note")).startsWith("Reset: a fresh shop of 1,247 customers")
                .contains("incident " + incident + " resolved", "Undo restore, the comparison with live and the override reason are cleared");
        assertThat(walk.text("#drill-instruction")).isEqualTo(DrillStep.BACKUP.instruction());
        // after the reset's dialog and job the keyboard is on the control the drill outlines
        walk.waitUntil(() -> robot.lookup("#backups-backup-now").query().isFocused());
        assertThat(errors).isEmpty();
    }

    private static List<TableRow> tableRows(FxRobot robot) {
        return robot.lookup("#backup-tables").<TableRow>queryTableView().getItems();
    }

    /** The old drill moved on within a second of each result: this one still shows it, and {@code shown}, 2 s later. */
    private static void waitsOnTheResult(DrillWalk walk, String tab, BooleanSupplier shown) throws Exception {
        walk.waitUntil(shown);
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk.selectedTab()).isEqualTo(tab);
        assertThat(shown.getAsBoolean()).as("the result is still shown").isTrue();
        assertThat(walk.pointed("#drill-next")).as("Next is outlined").isTrue();
    }

    @Test
    void addMyOwnDatabaseOpensTheBackupsTabsAddDialog(FxRobot robot) throws Exception {
        DrillWalk walk = new DrillWalk(robot, home, errors);
        walk.awaitWelcome();

        robot.clickOn("#welcome-add-database");

        walk.waitUntil(() -> robot.lookup("#add-database-url").tryQuery().isPresent());
        robot.clickOn(walk.dialogButton("Cancel"));
        walk.waitUntil(() -> robot.lookup("#backups-view").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#welcome-view").tryQuery()).isEmpty();
        assertThat(home.root().resolve("practice")).as("no practice server was started").doesNotExist();
    }
}
