package dev.firebreak.ui.task;

import dev.firebreak.core.ProgressMonitor;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work: what to do (given a {@link ProgressMonitor} for progress and cancel) and what to
 * do with its outcome on the UI thread. Built fluently by a view model, run by a {@link TaskExecutor} in the
 * {@link Lane#LONG long} lane unless marked {@link #quick()}.
 */
public final class BackgroundTask<T> {
    /** The work itself; runs off the UI thread and must never touch JavaFX nodes. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressMonitor monitor) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Lane lane = Lane.LONG;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /** Runs this in the quick lane, beside (never behind) a long job. Only for work that takes seconds at most. */
    public BackgroundTask<T> quick() {
        this.lane = Lane.QUICK;
        return this;
    }

    public Lane lane() {
        return lane;
    }

    public String title() {
        return title;
    }

    public T call(ProgressMonitor monitor) throws Exception {
        return work.call(monitor);
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable error) {
        onFailure.accept(error);
    }

    public void cancelled() {
        onCancelled.run();
    }
}
