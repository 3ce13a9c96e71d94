package dev.firebreak.backup;

import dev.firebreak.core.ProgressMonitor;

/** Progress monitors that behave like a user who presses Cancel at a given moment. */
final class Monitors {
    private Monitors() {
    }

    /** Cancels as soon as a progress message starts with {@code prefix}. */
    static ProgressMonitor cancelWhen(String prefix) {
        return new ProgressMonitor() {
            private volatile boolean cancelled;

            @Override
            public void update(String message, long done, long total) {
                cancelled |= message.startsWith(prefix);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
