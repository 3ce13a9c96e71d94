package dev.firebreak.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The console holds its start-up jobs until its first frame: held jobs wait, and run once released or timed out. */
class FxTaskExecutorTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the tasks report to the UI thread
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void heldJobsRunOnlyOnceReleased() throws Exception {
        Runnable release = executor.holdJobs(Duration.ofMinutes(1));
        CountDownLatch ran = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("Opening the journal", monitor -> {
            ran.countDown();
            return null;
        }));

        assertThat(ran.await(500, TimeUnit.MILLISECONDS)).as("ran while held").isFalse();
        release.run();
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("ran after release").isTrue();
    }

    @Test
    void heldJobsRunAnywayWhenNothingReleasesThem() throws Exception {
        executor.holdJobs(Duration.ofMillis(300)); // a window that never draws must not stall the console's work
        CountDownLatch ran = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("Looking for pg_dump", monitor -> {
            ran.countDown();
            return null;
        }));

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
