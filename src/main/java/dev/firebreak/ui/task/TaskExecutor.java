package dev.firebreak.ui.task;

/**
 * Runs background work for view models. The console runs it off the JavaFX thread, one heavy job at a time;
 * tests can substitute an executor that runs on the calling thread so view-model tests are deterministic.
 */
public interface TaskExecutor {
    <T> RunningJob execute(BackgroundTask<T> task);
}
