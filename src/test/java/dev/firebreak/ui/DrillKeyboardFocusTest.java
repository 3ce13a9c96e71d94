package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.practice.DrillStep;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * The drill walked from the keyboard alone (Enter, Ctrl+B, Space, Tab): after every step, every job and every dialog
 * the keyboard focus is on the control the drill outlines, so the next key press does what the drill says.
 */
@ExtendWith(ApplicationExtension.class)
class DrillKeyboardFocusTest {
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
    void theFocusFollowsTheDrillThroughKeysJobsAndDialogs(FxRobot robot) throws Exception {
        DrillWalk walk = new DrillWalk(robot, home, errors);
        walk.awaitWelcome();
        walk.practiceSafely(); // Enter
        awaitFocus(walk, robot, "backups-backup-now");

        robot.clickOn("#drill-show"); // the mouse takes the focus to "Show me"; the drill gives it back
        awaitFocus(walk, robot, "backups-backup-now");
        robot.push(KeyCode.CONTROL, KeyCode.B); // Verify is disabled while the new backup is listed
        awaitFocus(walk, robot, "backups-verify");
        robot.type(KeyCode.SPACE);
        walk.waitUntil(() -> walk.drill().isDone(DrillStep.BACKUP));
        awaitFocus(walk, robot, "drill-next");

        walk.next(); // Enter; step 2 is done at once and waits on the blocked push
        walk.waitUntil(() -> walk.drill().isDone(DrillStep.PUSH_BLOCKED));
        awaitFocus(walk, robot, "drill-next");
        walk.next();
        awaitFocus(walk, robot, "drill-deploy");

        robot.type(KeyCode.SPACE); // "Deploy anyway": its confirmation has Cancel as default, OK one Tab away
        walk.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        for (int tabs = 0; tabs < 4 && !walk.dialogButton("OK").isFocused(); tabs++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(walk.dialogButton("OK").isFocused()).as("OK reached by Tab").isTrue();
        robot.type(KeyCode.SPACE);
        walk.waitUntil(() -> walk.drill().isDone(DrillStep.DEPLOY));
        awaitFocus(walk, robot, "drill-next");
        walk.next();
        awaitFocus(walk, robot, "backups-compare");
        assertThat(errors).isEmpty();
    }

    /** Waits until the focus owner of the console's window is the control {@code id}, which the drill outlines. */
    private static void awaitFocus(DrillWalk walk, FxRobot robot, String id) throws Exception {
        walk.waitUntil(() -> walk.pointed("#" + id) && id.equals(focusOwner(robot)));
    }

    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#main-tabs").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
