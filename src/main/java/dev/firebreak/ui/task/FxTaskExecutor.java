package dev.firebreak.ui.task;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link BackgroundTask} as a JavaFX {@link Task} on a single worker thread (never two heavy jobs at
 * once), so progress and outcome reach the UI thread through JavaFX's own machinery. The current job is exposed
 * for the status bar's progress indicator and cancel button.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "firebreak-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> RunningJob execute(BackgroundTask<T> task) {
        if (worker.isShutdown()) {
            LOG.info("Not starting '{}': the console is closing", task.title());
            return RunningJob.DONE;
        }
        Task<T> fxTask = new MonitoredTask<>(task);
        fxTask.setOnRunning(event -> current.set(fxTask));
        fxTask.setOnSucceeded(event -> {
            clear(fxTask);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnCancelled(event -> {
            clear(fxTask);
            task.cancelled();
        });
        fxTask.setOnFailed(event -> {
            clear(fxTask);
            Throwable error = fxTask.getException();
            if (error instanceof CancelledException) {
                task.cancelled();
            } else {
                LOG.warn("{} failed", task.title(), error);
                task.failed(error);
            }
        });
        worker.execute(fxTask);
        return () -> fxTask.cancel(true);
    }

    /**
     * Holds every job submitted from now on until the returned action runs or {@code atMost} has passed. The console
     * holds its start-up jobs until its first frame: on two cores they would otherwise race the window for the CPU.
     */
    public Runnable holdJobs(Duration atMost) {
        CountDownLatch released = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                released.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closing: the queued jobs are dropped anyway
            }
        });
        return released::countDown;
    }

    /** The job now running, or null; observed by the status bar. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private void clear(Task<?> finished) {
        if (current.get() == finished) {
            current.set(null);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Bridges the services' {@link ProgressMonitor} to the JavaFX task's progress, message and cancel flag. */
    private static final class MonitoredTask<T> extends Task<T> implements ProgressMonitor {
        private final BackgroundTask<T> task;

        MonitoredTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
        }

        @Override
        protected T call() throws Exception {
            updateMessage(task.title() + "…");
            return task.call(this);
        }

        @Override
        public void update(String message, long done, long total) {
            updateMessage(message);
            updateProgress(done, total < 0 ? -1 : total);
        }
    }
}
