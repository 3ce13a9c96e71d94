package dev.firebreak.git;

import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BatchingProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** {@link LeasePush} through JGit's transport, for machines without a git binary. */
final class JGitPush {
    private final Path workTree;
    private final PushPlan plan;

    JGitPush(Path workTree, PushPlan plan) {
        this.workTree = workTree;
        this.plan = plan;
    }

    PushResult run(ProgressMonitor monitor) {
        List<RefSpec> specs = new ArrayList<>();
        List<RefLeaseSpec> leases = new ArrayList<>();
        for (RefUpdate update : plan.updates()) {
            if (update.kind() == UpdateKind.UP_TO_DATE) {
                continue;
            }
            String source = update.isDelete() ? "" : update.localSha();
            specs.add(new RefSpec(source + ":" + update.remoteRef()).setForceUpdate(update.isForced()));
            leases.add(new RefLeaseSpec(update.remoteRef(), update.remoteSha())); // all zeros: must not exist yet
        }
        try (Repository repository = Repositories.open(workTree); Git git = Git.wrap(repository)) {
            Iterable<org.eclipse.jgit.transport.PushResult> results = git.push().setRemote(plan.remoteName()).setRefSpecs(specs)
                    .setRefLeaseSpecs(leases).setAtomic(specs.size() > 1).setProgressMonitor(new Progress(monitor)).call();
            for (org.eclipse.jgit.transport.PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK, UP_TO_DATE -> { }
                        case REJECTED_REMOTE_CHANGED -> {
                            return PushResult.remoteMoved();
                        }
                        default -> {
                            return PushResult.failed(update.getRemoteName() + " " + update.getStatus()
                                    + (update.getMessage() == null ? "" : ": " + update.getMessage()));
                        }
                    }
                }
            }
            return PushResult.pushed(plan);
        } catch (GitAPIException e) {
            monitor.checkCancelled();
            return PushResult.failed(e.getMessage());
        }
    }

    /** Forwards JGit's task progress to our monitor, and our cancel to JGit. */
    private static final class Progress extends BatchingProgressMonitor {
        private final ProgressMonitor monitor;

        Progress(ProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        protected void onUpdate(String task, int done, java.time.Duration duration) {
            monitor.update(task, done, -1);
        }

        @Override
        protected void onEndTask(String task, int done, java.time.Duration duration) {
            monitor.update(task, done, done);
        }

        @Override
        protected void onUpdate(String task, int done, int total, int percent, java.time.Duration duration) {
            monitor.update(task, done, total);
        }

        @Override
        protected void onEndTask(String task, int done, int total, int percent, java.time.Duration duration) {
            monitor.update(task, done, total);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCancelled();
        }
    }
}
