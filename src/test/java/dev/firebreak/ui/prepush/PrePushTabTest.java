package dev.firebreak.ui.prepush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.testing.GitRepo;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** Drives the real Pre-push tab on real repositories: choose a repository, read the banner and checklist, push. */
@ExtendWith(ApplicationExtension.class)
class PrePushTabTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Path> remembered = new ArrayList<>();
    private PrePushViewModel model;
    private PrePushView view;

    @Start
    void start(Stage stage) {
        StatusBar statusBar = new StatusBar(executor);
        FxDialogService dialogs = new FxDialogService(stage, statusBar);
        Clock clock = Clock.systemUTC();
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        PushOverride override = new PushOverride(new AuditLog(home), new EventBus(), clock);
        model = new PrePushViewModel(new PrePushActions(override, LocalBackupStore.in(home), clock, remembered::add),
                executor, dialogs);
        view = new PrePushView(model, dialogs, List.of());
        view.activate();
        BorderPane root = new BorderPane(view, null, null, statusBar, null);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        view.deactivate();
        executor.close();
    }

    @Test
    void aFeatureBranchIsCheckedAndPushedSafely(FxRobot robot) throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp.resolve("feature"));
        repo.git("checkout", "-q", "-b", "feature/checkout-redesign");
        repo.commit("src/checkout.js", "export const v = 1;\n", "Checkout page");
        repo.git("push", "-q", "-u", "origin", "feature/checkout-redesign");
        String reviewed = repo.commit("src/checkout.js", "export const v = 2;\n", "Checkout page, take two");

        chooseRepository(robot, repo.dir());

        assertThat(robot.lookup("#prepush-headline").queryAs(Label.class).getText())
                .isEqualTo("on feature/checkout-redesign → pushing to origin/feature/checkout-redesign");
        assertThat(robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText()).isEqualTo("ALLOWED");
        assertThat(robot.lookup("#prepush-checklist").queryListView().getItems()).hasSize(8);
        assertThat(remembered).containsExactly(repo.dir());

        robot.clickOn("#prepush-push");
        waitUntil(() -> reviewed.equals(repo.remoteSha("feature/checkout-redesign")));
        waitUntil(() -> robot.lookup("#prepush-last-result").queryAs(Label.class).getText().startsWith("Pushed"));
    }

    @Test
    void aForcedPushToMainIsBlockedUntilAnOverrideReasonIsTypedAndTheBranchConfirmed(FxRobot robot) throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp.resolve("main"));
        repo.commit("db/001_customers.sql", "CREATE TABLE customers (id int);\n", "Customers");
        repo.git("push", "-q", "origin", "main");
        String onRemote = repo.head();
        repo.git("commit", "-q", "--amend", "-m", "Customers, reworded");

        chooseRepository(robot, repo.dir());

        assertThat(robot.lookup("#prepush-headline").queryAs(Label.class).getText())
                .isEqualTo("on main → pushing to origin/main with force");
        assertThat(robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText()).isEqualTo("BLOCKED");
        assertThat(robot.lookup("#prepush-verdict").queryAs(Label.class).getText())
                .contains("Force: discards 1 commit on protected origin/main: " + onRemote.substring(0, 7) + " Customers");
        Button push = robot.lookup("#prepush-push").queryButton();
        assertThat(push.isDisabled()).as("Push is disabled while blocked").isTrue();

        robot.clickOn("#prepush-override-reason").write("incident 7: restore yesterday's main");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(push.isDisabled()).isFalse();
        robot.clickOn(push);
        robot.clickOn(".dialog-pane .text-field").write("main");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryButton());

        waitUntil(() -> repo.head().equals(repo.remoteSha("main")));
        assertThat(repo.remoteSha("main")).isNotEqualTo(onRemote);
        assertThat(Files.readString(tmp.resolve("home/audit.log"))).contains("incident 7: restore yesterday's main");
    }

    @Test
    void aMigrationThatDropsCustomersBlocksThePushToMainAndItsLineIsMarkedInTheDiff(FxRobot robot) throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp.resolve("drop"));
        repo.commit("db/migrate/002_checkout.sql",
                "-- checkout redesign\nDROP TABLE IF EXISTS customers;\nCREATE TABLE customers (id bigint);\n", "Checkout");

        chooseRepository(robot, repo.dir());

        assertThat(robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText()).isEqualTo("BLOCKED");
        ListView<?> findings = robot.lookup("#prepush-sql-findings").queryListView();
        assertThat(findings.getItems()).extracting(Object::toString) // one finding, on the DROP line
                .anyMatch(f -> f.contains("line=2, rule=drop-and-recreate"));
        robot.clickOn("SQL findings (" + findings.getItems().size() + ")");
        robot.doubleClickOn(robot.lookup("#prepush-sql-findings .list-cell").nth(0).queryAs(Node.class));
        ListView<?> diff = robot.lookup("#prepush-diff").queryListView();
        waitUntil(() -> diff.getItems().size() == 3);

        Node marked = robot.lookup("#prepush-diff .diff-destructive").query();
        assertThat(((javafx.scene.control.ListCell<?>) marked).getIndex()).as("the DROP TABLE line").isEqualTo(1);
        assertThat(robot.lookup("#prepush-diff .destructive-note").queryAs(Label.class).getText()).contains("drop-and-recreate: drops `customers`");
    }

    @Test
    void aCommitMadeInATerminalShowsUpWithoutPressingRefresh(FxRobot robot) throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp.resolve("watched"));
        repo.commit("a.txt", "a\n", "First outgoing commit");
        chooseRepository(robot, repo.dir());
        assertThat(model.checklistProperty().get().outgoing().commitCount()).isEqualTo(1);

        repo.commit("b.txt", "b\n", "Second outgoing commit");

        waitUntil(() -> model.checklistProperty().get() != null
                && model.checklistProperty().get().outgoing().commitCount() == 2);
    }

    @Test
    void aRepositoryChosenWhileAnotherIsBeingCheckedIsCheckedNext(FxRobot robot) throws Exception {
        GitRepo first = GitRepo.withRemote(tmp.resolve("first"));
        GitRepo second = GitRepo.withRemote(tmp.resolve("second"));
        second.git("checkout", "-q", "-b", "feature/second");
        second.commit("s.txt", "s\n", "Second");

        robot.interact(() -> {
            model.open(first.dir());
            model.open(second.dir()); // the first check is still running
        });

        waitUntil(() -> !model.busyProperty().get() && model.checklistProperty().get() != null
                && model.headlineProperty().get().startsWith("on feature/second"));
    }

    @Test
    void aFolderThatIsNotARepositorySaysSoInTheBanner(FxRobot robot) throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("not-a-repo"));

        robot.clickOn("#prepush-repository").write(plain.toString()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#prepush-headline").queryAs(Label.class).getText().contains("is not inside a git repository"));

        assertThat(robot.lookup("#prepush-push").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#prepush-checklist").queryListView().getItems()).isEmpty();
    }

    private void chooseRepository(FxRobot robot, Path dir) throws Exception {
        ComboBox<?> chooser = robot.lookup("#prepush-repository").queryAs(ComboBox.class);
        robot.clickOn(chooser).write(dir.toString()).type(KeyCode.ENTER);
        ListView<?> checklist = robot.lookup("#prepush-checklist").queryListView();
        waitUntil(() -> checklist.getItems().size() == 8 && !model.busyProperty().get());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
