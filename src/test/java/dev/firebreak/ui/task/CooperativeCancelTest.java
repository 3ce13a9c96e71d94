package dev.firebreak.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.ui.StatusBar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/**
 * Clicking Cancel asks the job to stop; the console says "Cancelling…" while the job cleans up and reports
 * "cancelled" only once its partial archive is gone, so what the user reads is what is on disk.
 */
@ExtendWith(ApplicationExtension.class)
class CooperativeCancelTest {
    @TempDir
    Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private StatusBar statusBar;

    @Start
    void start(Stage stage) {
        statusBar = new StatusBar(executor);
        stage.setScene(new Scene(new BorderPane(null, null, null, statusBar, null), 1100, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void cancelledShowsOnlyOnceThePartialArchiveIsRemoved(FxRobot robot) throws Exception {
        Path partial = tmp.resolve("shop-20261208.dump.partial");
        CompletableFuture<Boolean> partialLeftWhenCancelled = new CompletableFuture<>();
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        executor.execute(BackgroundTask.of("Backing up shop", monitor -> {
            Files.writeString(partial, "the first tables of shop");
            try {
                while (true) {
                    monitor.update("Backing up shop (1 table of 3)", 1, 3);
                    monitor.checkCancelled();
                    Thread.sleep(20);
                }
            } finally {
                interrupted.complete(Thread.currentThread().isInterrupted());
                Thread.sleep(700); // removing a large partial archive takes a while
                Files.delete(partial);
            }
        }).onCancelled(() -> {
            partialLeftWhenCancelled.complete(Files.exists(partial));
            statusBar.showMessage("Backing up shop: cancelled");
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").queryButton().isVisible());

        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jobMessage(robot).startsWith("Cancelling"));
        assertThat(jobMessage(robot)).isEqualTo("Cancelling Backing up shop…");
        assertThat(Files.exists(partial)).as("still cleaning up").isTrue();
        assertThat(partialLeftWhenCancelled).as("not cancelled yet").isNotDone();

        assertThat(partialLeftWhenCancelled.get(10, TimeUnit.SECONDS)).as("partial archive left when 'cancelled' showed").isFalse();
        assertThat(interrupted.get(1, TimeUnit.SECONDS)).as("the job's thread was interrupted").isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Backing up shop: cancelled");
        assertThat(robot.lookup("#status-cancel").queryButton().isVisible()).isFalse();
    }

    private static String jobMessage(FxRobot robot) {
        return robot.lookup(".status-bar .label").queryAll().stream().map(Label.class::cast).map(Label::getText)
                .filter(text -> text != null && text.contains("Backing up shop")).findFirst().orElse("");
    }
}
