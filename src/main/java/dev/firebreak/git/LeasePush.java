package dev.firebreak.git;

import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Pushes exactly a reviewed {@link PushPlan}: each ref goes to the reviewed local sha, with a lease on the reviewed
 * remote sha ({@code --force-with-lease=<ref>:<sha>}). If the remote moved since, nothing is pushed.
 * Uses the system {@code git} when there is one (credential helpers, SSH agents, the user's hooks), JGit otherwise.
 */
public final class LeasePush {
    /** Tells the user's pre-push hook that this exact plan was already reviewed (value: {@link PushPlan#hash()}). */
    public static final String REVIEWED_ENV = "FIREBREAK_REVIEWED";

    private final Path workTree;
    private final PushPlan plan;
    private final Optional<Path> git;

    private LeasePush(Path workTree, PushPlan plan, Optional<Path> git) {
        this.workTree = workTree;
        this.plan = plan;
        this.git = git;
    }

    /** A push through the system git if it is on PATH, else through JGit. */
    public static LeasePush of(Path workTree, PushPlan plan) {
        return new LeasePush(workTree, plan, GitExecutable.onPath());
    }

    /** A push through JGit's own transport, as used where no git is installed. */
    public static LeasePush withJGit(Path workTree, PushPlan plan) {
        return new LeasePush(workTree, plan, Optional.empty());
    }

    public boolean usesSystemGit() {
        return git.isPresent();
    }

    /** Pushes; cancelling through the monitor kills the git process and throws {@code CancelledException}. */
    public PushResult call(ProgressMonitor monitor) {
        if (plan.updates().stream().allMatch(u -> u.kind() == UpdateKind.UP_TO_DATE)) {
            return new PushResult(PushResult.Outcome.PUSHED, "Everything up to date: nothing to push");
        }
        return git.isPresent()
                ? new SystemGitPush(git.get(), workTree, plan).run(monitor)
                : new JGitPush(workTree, plan).run(monitor);
    }
}
