package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.practice.BadDeploy;
import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.practice.DrillStore;
import dev.firebreak.practice.Practice;
import dev.firebreak.practice.SampleShop;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // "Practice safely" is the default button

        // 1. Backups: the drill shows the practice profile and points at "Back up now", then at "Verify"
        waitUntil(() -> pointed(robot, "#backups-backup-now") && customersInProfileCombo(robot));
        robot.clickOn("#backups-backup-now");
        waitUntil(() -> pointed(robot, "#backups-verify"));
        robot.clickOn("#backups-verify");
        waitUntil(() -> drill().isDone(DrillStep.BACKUP));

        // 2. Pre-push: the feature branch's force push to main is blocked, with reasons
        waitUntil(() -> drill().isDone(DrillStep.PUSH_BLOCKED) && pointed(robot, "#drill-deploy"));
        assertThat(text(robot, "#prepush-headline")).contains("feature/checkout-redesign", "origin/main");
        assertThat(text(robot, "#prepush-verdict")).startsWith("BLOCKED — ").contains("protected");
        assertThat(robot.lookup("#prepush-push").queryButton().isDisabled()).isTrue();

        // 3. Deploy anyway (after a deliberate OK)
        robot.clickOn("#drill-deploy");
        robot.clickOn(dialogButton(robot, "OK"));
        waitUntil(() -> drill().isDone(DrillStep.DEPLOY));
        assertThat(customers()).isZero();

        // 4. Backups: compare with live (1,247 → 0), then restore by replacing, confirmed by typing the name
        waitUntil(() -> pointed(robot, "#backups-compare"));
        robot.clickOn("#backups-compare");
        waitUntil(() -> robot.lookup("#backup-tables .status-fail").tryQuery().isPresent());
        assertThat(text(robot, "#backup-tables .status-fail")).contains("1,247 missing");
        robot.clickOn("#backups-restore-replace");
        robot.clickOn(".dialog-pane .text-field").write(Practice.DATABASE);
        robot.clickOn(dialogButton(robot, "OK"));
        waitUntil(() -> drill().isDone(DrillStep.RESTORE));
        assertThat(customers()).isEqualTo(SampleShop.CUSTOMERS);
        waitUntil(() -> text(robot, "#drill-recovery").startsWith("Recovered in "));

        // 5. Timeline: the incident filled itself; add a line, export the postmortem
        waitUntil(() -> pointed(robot, "#timeline-capture"));
        robot.write("Customers back after the replace restore; the app reconnected").type(KeyCode.ENTER);
        waitUntil(() -> entries().stream().anyMatch(entry -> entry.source() == EntrySource.MANUAL));
        robot.clickOn("#timeline-export");
        waitUntil(() -> drill().isDone(DrillStep.POSTMORTEM));

        long incident = drill().incident();
        assertThat(entries()).extracting(Entry::text)
                .anySatisfy(line -> assertThat(line).startsWith("Incident opened: " + BadDeploy.INCIDENT_TITLE))
                .anySatisfy(line -> assertThat(line).startsWith("Deploy of feature/checkout-redesign"))
                .anySatisfy(line -> assertThat(line).contains("restored into shop"));
        Path markdown = tmp.resolve("export/incident-" + incident + "-postmortem.md");
        assertThat(Files.readString(markdown)).contains(BadDeploy.INCIDENT_TITLE, "Customers back after the replace restore");
        assertThat(text(robot, "#drill-instruction")).startsWith("Drill complete");
        assertThat(drill().recoveryTime()).isPresent();
        assertThat(errors).isEmpty();

        // reset and run again: a fresh shop and drill, the last incident resolved, back at step 1
        robot.clickOn("#drill-reset");
        robot.clickOn(dialogButton(robot, "OK"));
        waitUntil(() -> drill().done().isEmpty() && pointed(robot, "#backups-backup-now"));
        assertThat(customers()).isEqualTo(SampleShop.CUSTOMERS);
        assertThat(text(robot, "#drill-recovery")).isEmpty();
        assertThat(text(robot, "#drill-step-1")).isEqualTo("1. " + DrillStep.BACKUP.title());
        try (Journal journal = Journal.open(home, Clock.systemUTC())) {
            assertThat(journal.incident(incident).isOpen()).isFalse();
        }
    }

    @Test
    void addMyOwnDatabaseOpensTheBackupsTabsAddDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());

        robot.clickOn("#welcome-add-database");

        waitUntil(() -> robot.lookup("#add-database-url").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Cancel"));
        waitUntil(() -> robot.lookup("#backups-view").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#welcome-view").tryQuery()).isEmpty();
        assertThat(home.root().resolve("practice")).as("no practice server was started").doesNotExist();
    }

    private DrillRecord drill() {
        return new DrillStore(home.root().resolve("practice/drill.json"), Clock.systemUTC()).load();
    }

    private long customers() {
        return Practice.customers(new Practice(home, null, null, Clock.systemUTC()).database());
    }

    private List<Entry> entries() {
        try (Journal journal = Journal.open(home, Clock.systemUTC())) {
            Optional<Incident> open = journal.openIncident();
            return open.map(incident -> journal.entries(incident.id())).orElse(List.of());
        }
    }

    private boolean customersInProfileCombo(FxRobot robot) {
        return robot.lookup("#backups-database").tryQuery()
                .map(combo -> String.valueOf(((javafx.scene.control.ComboBox<?>) combo).getValue()).contains("name=practice"))
                .orElse(false);
    }

    private static boolean pointed(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.getStyleClass().contains("drill-target")).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    private static Button dialogButton(FxRobot robot, String label) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> label.equals(((Button) n).getText())).queryButton();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            assertThat(errors).as("errors shown to the user").isEmpty();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The real dialogs, except errors (recorded, so the test fails with their text) and the native folder chooser. */
    private record AnsweringDialogs(DialogService real, Path directory, List<String> errors) implements DialogService {
        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void notify(String message) {
            real.notify(message);
        }

        @Override
        public boolean confirm(String title, String plan) {
            return real.confirm(title, plan);
        }

        @Override
        public boolean confirmByTyping(String title, String plan, String expected) {
            return real.confirmByTyping(title, plan, expected);
        }

        @Override
        public Optional<Path> chooseDirectory(String title, Path initial) {
            try {
                return Optional.of(Files.createDirectories(directory));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
