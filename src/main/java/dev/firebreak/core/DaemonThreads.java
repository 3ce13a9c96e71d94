package dev.firebreak.core;

import java.util.concurrent.Executor;

/**
 * A fresh daemon thread per task, for the few short parallel steps of a CLI run. Not the common fork-join pool:
 * on a 2-core machine it has a single thread, so a task waiting for a git process would hold up all the others.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
