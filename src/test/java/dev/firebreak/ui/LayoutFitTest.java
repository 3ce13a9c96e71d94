package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.timeline.TimelineRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280×800 with the drill panel open, every tab and every dialog the drill reaches, each in the state that has its
 * longest texts (the red headline after the deploy, the safety copy after the restore, the table-restore comparison,
 * a filled incident): no key text is cut, no field is narrower than its prompt, nothing runs under the drill panel.
 * Dialogs that would change something are looked at and cancelled. One failure lists every cut with the screen it is on;
 * {@code -Dfirebreak.layout.pictures=true} also saves each screen to target/layout/ for a look.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @TempDir
    static Path tmp;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final CutTexts cuts = new CutTexts();
    private FirebreakHome home;
    private App app;
    private Stage stage;
    private FxRobot robot;
    private DrillWalk walk;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = new FirebreakHome(tmp.resolve("home-" + System.nanoTime()));
        Settings settings = new Settings();
        settings.windowWidth = width();
        settings.windowHeight = height();
        new SettingsStore(home).save(settings);
        app = new App(home, (window, statusBar) -> new AnsweringDialogs(new FxDialogService(window, statusBar),
                tmp.resolve("export"), errors));
        app.start(stage);
    }

    /** 1280×800, the size the README's screenshots are taken at; a subclass tries the console's default size. */
    double width() {
        return WIDTH;
    }

    double height() {
        return HEIGHT;
    }

    @AfterEach
    void stop() {
        if (!cuts.found().isEmpty()) {
            System.out.println(cuts.report()); // also what was found before a step of the walk failed
        }
        app.stop();
    }

    @Test
    void everyTabAndDialogOfTheDrillShowsItsWholeText(FxRobot robot) throws Exception {
        this.robot = robot;
        walk = new DrillWalk(robot, home, errors);
        walk.awaitWelcome();
        look("Welcome view");
        walk.practiceSafely();
        look("Backups tab, drill step 1");
        dialog("Add database dialog", "#backups-add-database", "Cancel");

        walk.backUpAndVerify();
        look("Backups tab, backup verified"); // the drill pauses on each result until Next
        walk.next();
        walk.awaitPushBlocked();
        look("Pre-push tab, push blocked");
        walk.next();
        dialog("Deploy anyway confirmation", "#drill-deploy", "Cancel");
        walk.deployAnyway();
        walk.waitUntil(() -> walk.headlineIs("verdict-block"));
        look("Backups tab after the deploy");
        walk.next();
        walk.compareWithLive();
        look("Backups tab, compared with live");
        tableRestore();
        dialog("Restore as new database confirmation", "#backups-restore-new", "Cancel");
        dialog("Delete confirmation", "#backups-delete", "Cancel");
        walk.restoreByReplacing();
        tab(KeyCode.DIGIT2);
        walk.waitUntil(() -> walk.headlineIs("verdict-allow"));
        look("Backups tab after the replace restore");
        dialog("Undo confirmation", "#backups-undo", "Cancel");

        tab(KeyCode.DIGIT3);
        walk.waitUntil(() -> walk.text("#timeline-headline").startsWith("Incident"));
        look("Timeline tab with the drill's incident");
        robot.interact(() -> robot.lookup("#postmortem-scroll").queryAs(ScrollPane.class).setVvalue(1)); // to the action items
        robot.clickOn("#postmortem-action-text").write("Protect main from forced pushes");
        robot.clickOn("#postmortem-action-owner").write("Ana");
        robot.clickOn("#postmortem-action-add");
        look("Timeline tab, an action item added");
        Node impact = robot.lookup("#timeline-table .table-row-cell").match((TableRow<TimelineRow> row) -> row.getItem() != null
                && row.getItem().current().text().startsWith("Impact started")).query();
        robot.clickOn(impact);
        look("Timeline tab, an entry selected");
        dialog("Reset practice confirmation", "#drill-reset", "Cancel");

        assertThat(errors).as("errors shown to the user").isEmpty();
        assertThat(cuts.found()).withFailMessage(cuts::report).isEmpty();
    }

    /** "Restore some tables…": restored aside and compared (only read), looked at, closed. */
    private void tableRestore() throws Exception {
        robot.clickOn("#backups-restore-tables");
        walk.waitUntil(() -> robot.lookup("#table-restore-dialog").tryQuery().isPresent());
        look("Restore some tables dialog", dialogRoot());
        robot.clickOn(robot.lookup((Node node) -> node.getId() != null && node.getId().startsWith("restore-table-")
                && node.getId().endsWith("customers")).queryAs(CheckBox.class));
        robot.clickOn("#table-restore-compare");
        walk.waitUntil(() -> !robot.lookup("#table-restore-differences").queryTableView().getItems().isEmpty());
        look("Restore some tables dialog, compared", dialogRoot());
        robot.clickOn(walk.dialogButton("Close"));
        walk.waitUntil(() -> robot.lookup("#table-restore-dialog").tryQuery().isEmpty() && openDialog().isPresent());
        look("Drop the side schema confirmation", dialogRoot());
        robot.clickOn(walk.dialogButton("OK")); // drops only the copy restored aside
        walk.waitUntil(() -> openDialog().isEmpty());
    }

    /** Opens the dialog behind {@code button}, looks at it, leaves it by {@code leave}. */
    private void dialog(String name, String button, String leave) throws Exception {
        robot.clickOn(button);
        walk.waitUntil(() -> openDialog().isPresent());
        look(name, dialogRoot());
        robot.clickOn(walk.dialogButton(leave));
        walk.waitUntil(() -> openDialog().isEmpty());
    }

    private void tab(KeyCode digit) {
        robot.push(KeyCode.CONTROL, digit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void look(String where) throws Exception {
        look(where, stage.getScene().getRoot());
    }

    /** After the last layout pass: every cut text under {@code root} (and, if asked, a picture of it). */
    private void look(String where, Parent root) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            root.applyCss();
            root.layout();
            cuts.inspect(where, root);
        }).get();
        if (Boolean.getBoolean("firebreak.layout.pictures")) {
            picture(where, root);
        }
    }

    private Parent dialogRoot() {
        return openDialog().orElseThrow();
    }

    private Optional<Parent> openDialog() {
        return Window.getWindows().stream().filter(window -> window != stage && window.isShowing() && window.getScene() != null)
                .map(window -> window.getScene().getRoot()).filter(root -> root instanceof DialogPane || root.lookup(".dialog-pane") != null)
                .findFirst();
    }

    private void picture(String where, Node root) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        Path folder = Files.createDirectories(Path.of("target/layout"));
        ImageIO.write(buffered, "png", folder.resolve(where.replaceAll("[^A-Za-z0-9]+", "-") + ".png").toFile());
    }
}
