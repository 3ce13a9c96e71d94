package dev.firebreak.ui.task;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link BackgroundTask} as a JavaFX {@link Task} in its {@link Lane}: one worker thread for long jobs
 * (never two heavy jobs at once) and one for quick work, so a journal write never queues behind a restore. Progress
 * and outcome reach the UI thread through JavaFX's own machinery. The running long job is exposed for the status
 * bar's progress indicator and cancel button.
 *
 * <p>Cancel is cooperative: it raises the job's {@link ProgressMonitor#isCancelled()} flag and never interrupts the
 * thread (an interrupt closes NIO channels mid-upload, which reads as an S3 failure). The job's cancelled handler
 * runs only once the job has stopped and its cleanup has run; until then the status bar says "Cancelling…".
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService longJobs = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "firebreak-long-jobs"));
    private final ExecutorService quickWork = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "firebreak-quick-work"));
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> RunningJob execute(BackgroundTask<T> task) {
        ExecutorService lane = lane(task.lane());
        if (lane.isShutdown()) {
            LOG.info("Not starting '{}': the console is closing", task.title());
            return RunningJob.DONE;
        }
        MonitoredTask<T> fxTask = new MonitoredTask<>(task);
        if (task.lane() == Lane.LONG) {
            fxTask.setOnRunning(event -> current.set(fxTask));
        }
        fxTask.setOnSucceeded(event -> {
            clear(fxTask);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnCancelled(event -> { // only by close(): a user's cancel ends in a CancelledException below
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
        lane.execute(fxTask);
        return fxTask::requestCancel;
    }

    /** Asks {@code job} (from {@link #currentProperty()}) to stop at its next check; its cleanup still runs. */
    public void cancel(Task<?> job) {
        if (job instanceof MonitoredTask<?> monitored) {
            monitored.requestCancel();
        }
    }

    /**
     * Holds every job submitted from now on until the returned action runs or {@code atMost} has passed. The console
     * holds its start-up jobs until its first frame: on two cores they would otherwise race the window for the CPU.
     */
    public Runnable holdJobs(Duration atMost) {
        CountDownLatch released = new CountDownLatch(1);
        for (ExecutorService lane : new ExecutorService[] {longJobs, quickWork}) {
            lane.execute(() -> {
                try {
                    released.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // closing: the queued jobs are dropped anyway
                }
            });
        }
        return released::countDown;
    }

    /** The long job now running, or null; observed by the status bar. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    private ExecutorService lane(Lane lane) {
        return lane == Lane.QUICK ? quickWork : longJobs;
    }

    private void clear(Task<?> finished) {
        if (current.get() == finished) {
            current.set(null);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        longJobs.shutdownNow();
        quickWork.shutdownNow();
    }

    /**
     * Bridges the services' {@link ProgressMonitor} to the JavaFX task's progress and message. The cancel flag is the
     * task's own, not {@link Task#isCancelled()}: JavaFX's cancel marks the task done at once, before the job stopped.
     */
    private static final class MonitoredTask<T> extends Task<T> {
        private final BackgroundTask<T> task;
        private final AtomicBoolean cancelRequested = new AtomicBoolean();
        private final ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
                if (!cancelRequested.get()) {
                    updateMessage(message);
                }
                updateProgress(done, total < 0 ? -1 : total);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };

        MonitoredTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
        }

        void requestCancel() {
            if (cancelRequested.compareAndSet(false, true)) {
                updateMessage("Cancelling " + task.title() + "…");
            }
        }

        @Override
        protected T call() throws Exception {
            monitor.checkCancelled(); // cancelled while it waited in its lane
            updateMessage(task.title() + "…");
            return task.call(monitor);
        }
    }
}
