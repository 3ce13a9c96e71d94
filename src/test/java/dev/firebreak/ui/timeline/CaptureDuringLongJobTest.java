package dev.firebreak.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.FxTaskExecutor;
import dev.firebreak.ui.task.RunningJob;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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

/** During a long restore people log the incident: a typed line must be written and shown at once, not after it. */
@ExtendWith(ApplicationExtension.class)
class CaptureDuringLongJobTest {
    @TempDir
    static Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final CountDownLatch restoreMayEnd = new CountDownLatch(1);
    private Journal journal;

    @Start
    void start(Stage stage) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        StatusBar statusBar = new StatusBar(executor);
        journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal-" + System.nanoTime() + ".db"), Clock.system(zone), "Ana");
        TimelineView view = new TimelineView(new TimelineViewModel(journal, executor, new FxDialogService(stage, statusBar), zone));
        stage.setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 700));
        stage.show();
        view.activate();
    }

    @AfterEach
    void close() {
        restoreMayEnd.countDown();
        executor.close();
        journal.close();
    }

    @Test
    void aLineTypedDuringALongRestoreIsWrittenAndShownWithinASecond(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-new-title").write("Orders table dropped").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot).size() == 1);
        CountDownLatch restoring = new CountDownLatch(1);
        RunningJob restore = executor.execute(BackgroundTask.of("Restoring shop", monitor -> {
            restoring.countDown();
            while (!restoreMayEnd.await(50, TimeUnit.MILLISECONDS)) { // a restore that takes as long as the test needs
                monitor.checkCancelled();
            }
            return null;
        }));
        assertThat(restoring.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").queryButton().isVisible());

        robot.clickOn("#timeline-capture").write("0:07 restore of shop still running").type(KeyCode.ENTER);
        long typed = System.nanoTime();
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> rows(robot).stream()
                .anyMatch(row -> row.current().text().equals("restore of shop still running")));

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typed)).isLessThan(1000);
        assertThat(journal.entries(1)).anyMatch(entry -> entry.text().equals("restore of shop still running"));
        assertThat(robot.lookup("#status-cancel").queryButton().isVisible()).as("the restore is still running").isTrue();
        restore.cancel();
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#timeline-table").queryAs(TableView.class).getItems());
    }
}
