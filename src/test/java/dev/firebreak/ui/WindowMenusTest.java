package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
 * The real console on a home without any database (so it opens on the welcome view), driven by real key events and
 * real clicks on the menus: the tab keys leave the welcome view, File opens a repository into Pre-push, Help lists
 * the keys the window really answers to and the folders this console really uses, Ctrl+Q quits.
 */
@ExtendWith(ApplicationExtension.class)
class WindowMenusTest {
    @TempDir
    static Path tmp;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final GitRepo repo = GitRepo.withRemote(tmp.resolve("repo-" + System.nanoTime()));
    private FirebreakHome home;
    private Stage stage;
    private App app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        home = new FirebreakHome(tmp.resolve("home-" + System.nanoTime()));
        app = new App(home, (window, statusBar) -> new AnsweringDialogs(new FxDialogService(window, statusBar),
                repo.dir(), errors));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theTabKeysWorkFromTheWelcomeView(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        assertThat(robot.lookup("#main-tabs").tryQuery()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(robot.lookup("#welcome-view").tryQuery()).as("the welcome view made way").isEmpty();
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Backups");
        assertThat(robot.lookup("#backups-view").query().isVisible()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Pre-push");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Timeline");
    }

    @Test
    void theWelcomeViewOffersToCheckAPushWithoutAnyDatabase(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        robot.clickOn("#welcome-check-push");
        assertThat(robot.lookup("#welcome-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Pre-push");
        assertThat(robot.lookup("#prepush-repository").query().isVisible()).isTrue();
    }

    @Test
    void fileOpenRepositoryChecksItOnPrePushWithoutAnyDatabase(FxRobot robot) throws Exception {
        repo.git("checkout", "-q", "-b", "feature/checkout-redesign");
        repo.commit("src/checkout.js", "export const v = 1;\n", "Checkout page");
        repo.git("push", "-q", "-u", "origin", "feature/checkout-redesign");
        repo.commit("src/checkout.js", "export const v = 2;\n", "Checkout page, take two");
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());

        robot.clickOn("#menu-file").clickOn("#menu-open-repository");

        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Pre-push");
        ComboBox<String> repository = robot.lookup("#prepush-repository").queryComboBox();
        waitUntil(() -> repo.dir().toString().equals(repository.getValue())
                && robot.lookup("#prepush-headline").queryAs(Label.class).getText().startsWith("on feature/checkout-redesign"));
        waitUntil(() -> !robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText()).isEqualTo("ALLOWED");
        assertThat(errors).isEmpty();
    }

    @Test
    void keyboardShortcutsListEveryKeyTheWindowAnswersTo(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2); // the Backups tab installs Ctrl+B and Ctrl+U once it is shown
        robot.push(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts-list").tryQuery().isPresent());

        List<String> rows = rows(robot.lookup("#shortcuts-list").query());
        assertThat(rows).contains("Ctrl+1 Show the Pre-push tab", "Ctrl+2 Show the Backups tab",
                "Ctrl+3 Show the Timeline tab", "Ctrl+O File › Open repository…", "Ctrl+Q File › Quit",
                "Ctrl+Shift+D View › Dark theme", "Ctrl+Shift+P Practice › Practice drill", "F1 Help › Keyboard shortcuts",
                "Ctrl+L Write a line in the incident timeline", "Ctrl+B Back up the chosen database now",
                "F10 Go to the menus (then the arrow keys and Enter)");
        for (KeyCombination keys : stage.getScene().getAccelerators().keySet()) {
            assertThat(rows).as("listed: " + keys.getDisplayText()).anyMatch(row -> row.startsWith(keys.getDisplayText() + " "));
        }
        close(robot, "#shortcuts-dialog");
    }

    @Test
    void aboutShowsTheVersionAndTheFoldersThisConsoleUses(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        waitUntil(() -> robot.lookup("#about-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("development build");
        assertThat(robot.lookup("#about-data-folder").queryAs(TextField.class).getText()).isEqualTo(home.root().toString());
        assertThat(robot.lookup("#about-log-folder").queryAs(TextField.class).getText()).isEqualTo(home.logs().toString());
        close(robot, "#about-dialog");
    }

    @Test
    void darkThemeIsACheckedItemOfTheViewMenu(FxRobot robot) throws Exception {
        CheckMenuItem dark = (CheckMenuItem) item(robot, "menu-dark-theme");
        assertThat(dark.isSelected()).isFalse();
        robot.clickOn("#menu-view").clickOn("#menu-dark-theme");
        assertThat(dark.isSelected()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        assertThat(dark.isSelected()).isFalse();
    }

    @Test
    void ctrlQQuitsAndRemembersTheWindowSize(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> !stage.isShowing());
        assertThat(new SettingsStore(home).load().windowWidth).isEqualTo(stage.getScene().getWidth());
    }

    /** Each row of the grid as "keys action". */
    private static List<String> rows(Node grid) {
        List<Node> cells = ((javafx.scene.layout.GridPane) grid).getChildren();
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            rows.add(((Label) cells.get(i)).getText() + " " + ((Label) cells.get(i + 1)).getText());
        }
        return rows;
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return menus.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void close(FxRobot robot, String dialog) throws Exception {
        robot.clickOn(robot.lookup(dialog).queryAs(DialogPane.class).lookupButton(ButtonType.CLOSE));
        waitUntil(() -> robot.lookup(dialog).tryQuery().isEmpty());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
