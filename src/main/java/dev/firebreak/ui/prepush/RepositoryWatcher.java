package dev.firebreak.ui.prepush;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Notices when a repository changes (commit, checkout, fetch, index update) by polling the modification times
 * of git's own bookkeeping files off the UI thread. Cheap enough to run every two seconds while the tab is shown;
 * stopped when it is hidden.
 */
final class RepositoryWatcher {
    private static final List<String> WATCHED = List.of("HEAD", "index", "FETCH_HEAD", "ORIG_HEAD", "packed-refs",
            "MERGE_HEAD", "rebase-merge", "rebase-apply", "refs/heads", "refs/remotes");

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "firebreak-repo-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable onChange;
    private ScheduledFuture<?> polling;
    private volatile Path gitDir;
    private volatile String fingerprint;

    RepositoryWatcher(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Watches the repository {@code dir} belongs to from now on; the current state counts as seen. */
    synchronized void watch(Path dir) {
        gitDir = dir == null ? null : gitDirOf(dir.toAbsolutePath());
        fingerprint = fingerprint(gitDir);
    }

    /** The nearest {@code .git} folder at or above {@code dir}, or null (a worktree's {@code .git} file is not followed). */
    private static Path gitDirOf(Path dir) {
        for (Path at = dir; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve(".git"))) {
                return at.resolve(".git");
            }
        }
        return null;
    }

    synchronized void start() {
        if (polling == null) {
            polling = poller.scheduleWithFixedDelay(this::poll, 2, 2, TimeUnit.SECONDS);
        }
    }

    synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private void poll() {
        Path dir = gitDir;
        String now = fingerprint(dir);
        if (dir != null && !Objects.equals(now, fingerprint)) {
            fingerprint = now;
            Platform.runLater(onChange);
        }
    }

    private static String fingerprint(Path gitDir) {
        if (gitDir == null || !Files.isDirectory(gitDir)) {
            return "";
        }
        StringBuilder state = new StringBuilder();
        for (String name : WATCHED) {
            try {
                state.append(Files.getLastModifiedTime(gitDir.resolve(name)).toMillis()).append(',');
            } catch (IOException absent) {
                state.append("-,");
            }
        }
        return state.toString();
    }
}
