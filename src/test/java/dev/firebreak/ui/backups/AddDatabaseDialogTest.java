package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Timeouts;
import dev.firebreak.schedule.Schedule;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.testing.SilentServer;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
 * Add database against the real test PostgreSQL, typed as a user types: a refused password, a closed port, a missing
 * database and a server that never answers are each explained in the dialog in plain words, which stays open with
 * everything typed; a typed password reaches pg_dump from memory, and lands in ~/.pgpass (0600) only when ticked.
 */
@ExtendWith(ApplicationExtension.class)
class AddDatabaseDialogTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final String database = TestPostgres.newDatabase("adddb");
    private final Path userHome = tmp.resolve("user-" + database); // the user's HOME: where ~/.pgpass is
    private FirebreakHome home;
    private BackupEngine engine;
    private TypedPasswords passwords;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        home = new FirebreakHome(tmp.resolve("home-" + database));
        Files.createDirectories(userHome);
        engine = BackupEngine.forHome(home,
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMinutes(5)), new EventBus());
        passwords = new TypedPasswords(Credentials.fromEnvironment(environment()));
        BackupsTabStage.show(stage, home, engine, passwords, executor);
    }

    @AfterEach
    void stopWorker() {
        executor.close();
    }

    @Test
    void aRefusedPasswordIsExplainedAndEverythingTypedStaysThenTheRightOneIsKeptInMemoryOnly(FxRobot robot) throws Exception {
        String url = TestPostgres.url(TestPostgres.server().getPort(), database);
        fill(robot, "shop", url, "wrong password");
        robot.clickOn("#add-database-connect");

        String problem = problem(robot);
        assertThat(problem).isEqualTo("The server refused the password for user '" + TestPostgres.USER + "'. Check the "
                + "password (it is case-sensitive) and the user name before the @ in the URL.");
        assertThat(text(robot, "#add-database-name")).isEqualTo("shop");
        assertThat(text(robot, "#add-database-url")).isEqualTo(url);
        assertThat(text(robot, "#add-database-password")).isEqualTo("wrong password");
        assertThat(new ProfileStore(home).list()).as("nothing saved").isEmpty();

        robot.clickOn("#add-database-password").push(KeyCode.CONTROL, KeyCode.A).write(TestPostgres.PASSWORD);
        robot.clickOn("#add-database-connect");
        waitUntil(() -> robot.lookup("#add-database-dialog").tryQuery().isEmpty());
        assertThat(new ProfileStore(home).list()).extracting(ConnectionProfile::name).containsExactly("shop");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .endsWith("; the password is kept in memory until Firebreak quits");
        assertThat(userHome.resolve(".pgpass")).as("not ticked: never written").doesNotExist();
        assertThat(Files.readString(home.root().resolve("profiles.json"))).doesNotContain(TestPostgres.PASSWORD);

        // pg_dump gets the typed password from memory, through its environment: for an automatic backup of the console…
        new ScheduleStore(home).save(new Schedule("shop", "daily", "02:00", false, true, null));
        new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home), passwords, executor,
                new FxDialogService(stage, new StatusBar(executor)), Clock.systemUTC()).checkNow();
        waitUntil(() -> engine.catalog("shop").stream().anyMatch(backup -> backup.label() == BackupLabel.SCHEDULED));
        // …and for Back up now
        robot.clickOn("#backups-backup-now");
        TableView<?> backups = robot.lookup("#backups-table").queryTableView();
        waitUntil(() -> backups.getItems().size() == 2);
    }

    @Test
    void aTickedPasswordIsSavedInPgpassReadableOnlyByTheUser(FxRobot robot) throws Exception {
        Path pgpass = userHome.resolve(".pgpass");
        Files.writeString(pgpass, "elsewhere:5432:*:bob:hunter2\n"); // the user's own line, kept
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        fill(robot, "shop", TestPostgres.url(TestPostgres.server().getPort(), database), TestPostgres.PASSWORD);
        robot.clickOn("#add-database-save-password");
        robot.clickOn("#add-database-connect");
        waitUntil(() -> robot.lookup("#add-database-dialog").tryQuery().isEmpty());

        assertThat(Files.getPosixFilePermissions(pgpass)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(pgpass)).containsExactly("localhost:" + TestPostgres.server().getPort() + ":"
                + database + ":" + TestPostgres.USER + ":" + TestPostgres.PASSWORD, "elsewhere:5432:*:bob:hunter2");
        ConnectionProfile saved = new ProfileStore(home).list().get(0);
        assertThat(Credentials.fromEnvironment(environment()).passwordFor(saved)).as("found there by a later run")
                .contains(TestPostgres.PASSWORD);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .endsWith("; the password is saved in " + pgpass + " (readable only by you)");
    }

    @Test
    void aClosedPortSaysNothingAnswersThere(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        fill(robot, "shop", TestPostgres.url(closed, database), TestPostgres.PASSWORD);
        robot.clickOn("#add-database-connect");

        assertThat(problem(robot)).isEqualTo("Nothing answers at localhost:" + closed
                + " — is the server running, is the port right?").doesNotContain("postmaster");
        assertThat(text(robot, "#add-database-password")).isEqualTo(TestPostgres.PASSWORD);
    }

    @Test
    void aMissingDatabaseIsNamed(FxRobot robot) throws Exception {
        fill(robot, "shop", TestPostgres.url(TestPostgres.server().getPort(), "no_such_shop"), TestPostgres.PASSWORD);
        robot.clickOn("#add-database-connect");

        assertThat(problem(robot)).isEqualTo("The server at localhost:" + TestPostgres.server().getPort()
                + " has no database named 'no_such_shop'. Check the name after the last / in the URL (names are case-sensitive).");
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnAfterTheTimeout(FxRobot robot) throws Exception {
        try (SilentServer silent = new SilentServer()) {
            fill(robot, "shop", TestPostgres.url(silent.port(), database), TestPostgres.PASSWORD);
            robot.clickOn("#add-database-connect");

            assertThat(problem(robot)).isEqualTo("Something at localhost:" + silent.port() + " took the connection but did"
                    + " not answer within 2 s — is the port that of PostgreSQL, and is the server overloaded?");
        }
    }

    /** No PGPASSWORD, no PGPASSFILE, a HOME of the test's own: no password but the typed one. */
    private Map<String, String> environment() {
        return Map.of("HOME", userHome.toString(), "PATH", System.getenv("PATH"));
    }

    private static void fill(FxRobot robot, String name, String url, String password) throws Exception {
        robot.clickOn("#backups-add-database");
        waitUntil(() -> robot.lookup("#add-database-url").tryQuery().isPresent());
        robot.clickOn("#add-database-name").write(name);
        robot.clickOn("#add-database-url").write(url);
        robot.clickOn("#add-database-password").write(password);
    }

    /** The dialog's explanation once the attempt is over (the dialog is still open). */
    private static String problem(FxRobot robot) throws Exception {
        Label problem = robot.lookup("#add-database-problem").queryAs(Label.class);
        waitUntil(() -> problem.getStyleClass().contains("status-fail") && !problem.getText().isEmpty());
        assertThat(robot.lookup("#add-database-dialog").tryQuery()).as("the dialog stays open").isPresent();
        return problem.getText();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
