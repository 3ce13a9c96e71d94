package dev.firebreak.ui.task;

/** A handle on submitted work, so the user can cancel it. */
@FunctionalInterface
public interface RunningJob {
    RunningJob DONE = () -> { };

    void cancel();
}
