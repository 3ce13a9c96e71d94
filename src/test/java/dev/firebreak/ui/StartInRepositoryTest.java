package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * {@code firebreak PATH} with PATH inside a repository whose push would force a DROP TABLE onto main: the Pre-push tab
 * checks that repository and says BLOCKED, not the harmless repository used last time (which said ALLOWED).
 */
@ExtendWith(ApplicationExtension.class)
class StartInRepositoryTest {
    @TempDir
    static Path tmp;

    private GitRepo dangerous;
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        GitRepo harmless = GitRepo.withRemote(tmp.resolve("harmless"));
        harmless.commit("docs/notes.md", "Release notes\n", "Docs");
        dangerous = GitRepo.withRemote(tmp.resolve("dangerous"));
        dangerous.commit("db/migrate/002_checkout.sql", "DROP TABLE IF EXISTS customers;\nCREATE TABLE customers (id bigint);\n",
                "Checkout");
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        Settings settings = new Settings();
        settings.rememberRepository(harmless.dir().toString());
        new SettingsStore(home).save(settings);

        Path inside = dangerous.dir().resolve("db/migrate");
        assertThat(inside).isDirectory();
        app = new App(home, FxDialogService::new, List.of(inside.toString()));
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theRepositoryAroundTheGivenFolderIsCheckedNotTheLastOneUsed(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1); // past the welcome view of a home without databases

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#prepush-verdict-word").tryQuery()
                .map(node -> ((Label) node).getText()).filter(List.of("BLOCKED", "WARNING", "ALLOWED")::contains).isPresent());
        assertThat(robot.lookup("#prepush-verdict-word").queryAs(Label.class).getText()).isEqualTo("BLOCKED");
        ComboBox<?> repository = robot.lookup("#prepush-repository").queryComboBox();
        assertThat(Path.of(String.valueOf(repository.getValue())).toRealPath()).isEqualTo(dangerous.dir().toRealPath());
    }
}
