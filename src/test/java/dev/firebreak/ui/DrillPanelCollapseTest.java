package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.practice.DrillStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The drill panel collapses to a narrow strip and back, by its button and by Ctrl+Shift+H; the strip still shows the
 * step and Next (Enter still works); and the console opens it the way it was left.
 */
@ExtendWith(ApplicationExtension.class)
class DrillPanelCollapseTest {
    @TempDir
    static Path tmp;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<App> running = new ArrayList<>();
    private FirebreakHome home;
    private Stage first;

    @Start
    void start(Stage stage) {
        home = new FirebreakHome(tmp.resolve("home-" + System.nanoTime()));
        first = stage;
        open(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> running.forEach(App::stop));
    }

    @Test
    void collapsesToAStripByButtonAndKeysAndStaysCollapsedAfterARestart(FxRobot robot) throws Exception {
        DrillWalk walk = new DrillWalk(robot, home, errors);
        walk.awaitWelcome();
        walk.practiceSafely();
        assertThat(panelWidth(robot)).isGreaterThanOrEqualTo(300);
        double tabsWidth = robot.lookup("#main-tabs").queryAs(Region.class).getWidth();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        walk.waitUntil(() -> panelWidth(robot) < 100);
        assertThat(robot.lookup("#drill-instruction").tryQuery()).isEmpty();
        assertThat(walk.text("#drill-strip-step")).isEqualTo("1 of 5");
        assertThat(robot.lookup("#main-tabs").queryAs(Region.class).getWidth()).isGreaterThan(tabsWidth + 200);

        // collapsed, step 1's result still waits for Next, which Enter presses
        robot.push(KeyCode.CONTROL, KeyCode.B);
        walk.waitUntil(() -> walk.pointed("#backups-verify"));
        robot.clickOn("#backups-verify");
        walk.waitUntil(() -> walk.drill().isDone(DrillStep.BACKUP) && walk.pointed("#drill-next"));
        assertThat(robot.lookup("#drill-next").query().isVisible()).isTrue();
        robot.clickOn("#drill-collapse").clickOn("#drill-collapse"); // expanded and collapsed again: Enter is still Next's
        robot.type(KeyCode.ENTER);
        walk.waitUntil(() -> walk.drill().isDone(DrillStep.PUSH_BLOCKED) && walk.text("#drill-strip-step").equals("3 of 5"));

        robot.clickOn("#drill-collapse");
        walk.waitUntil(() -> panelWidth(robot) >= 300 && robot.lookup("#drill-instruction").tryQuery().isPresent());
        robot.clickOn("#drill-collapse");
        walk.waitUntil(() -> panelWidth(robot) < 100);
        assertThat(new SettingsStore(home).load().drillCollapsed).isTrue();

        // the next morning: Ctrl+Shift+P opens the drill as it was left, a strip
        robot.interact(() -> {
            running.remove(0).stop();
            first.hide();
            open(new Stage());
        });
        walk.waitUntil(() -> robot.lookup("#main-tabs").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        walk.waitUntil(() -> robot.lookup("#drill-panel").tryQuery().isPresent() && walk.text("#drill-strip-step").equals("3 of 5"));
        assertThat(panelWidth(robot)).isLessThan(100);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        walk.waitUntil(() -> panelWidth(robot) >= 300);
        assertThat(walk.text("#drill-instruction")).isEqualTo(DrillStep.DEPLOY.instruction());
        assertThat(new SettingsStore(home).load().drillCollapsed).isFalse();
        assertThat(errors).isEmpty();
    }

    private void open(Stage stage) {
        App app = new App(home, (window, statusBar) -> new AnsweringDialogs(new FxDialogService(window, statusBar),
                tmp.resolve("export"), errors));
        running.add(app);
        app.start(stage);
    }

    private static double panelWidth(FxRobot robot) {
        return robot.lookup("#drill-panel").queryAs(Region.class).getWidth();
    }
}
