package dev.firebreak.core;

/**
 * How a long service call reports progress and learns that the user cancelled. A JavaFX {@code Task}
 * adapts this in the console; the CLI prints it or ignores it.
 */
public interface ProgressMonitor {
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void update(String message, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total < 0} means the amount of work is unknown. */
    void update(String message, long done, long total);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop, so callers can clean up in finally. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
