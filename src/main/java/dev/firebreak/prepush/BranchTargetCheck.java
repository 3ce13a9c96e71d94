package dev.firebreak.prepush;

import dev.firebreak.git.PushPlan;
import dev.firebreak.git.RefUpdate;
import dev.firebreak.git.RepositoryState;
import java.util.ArrayList;
import java.util.List;

/** 1. Which local branch goes to which remote ref, and whether git is in the middle of something. */
final class BranchTargetCheck extends Check {
    BranchTargetCheck() {
        super("branch-target", "Branch and target");
    }

    @Override
    CheckResult run(PushContext context) {
        PushPlan plan = context.plan();
        RepositoryState state = plan.state();
        List<String> details = new ArrayList<>();
        plan.updates().forEach(u -> details.add(u.localRef() + " → " + plan.target(u)
                + " (" + u.kind().name().toLowerCase().replace('_', '-') + ")"));
        List<String> problems = new ArrayList<>();
        if (state.rebasing()) {
            problems.add("a rebase is in progress: finish it (git rebase --continue) or abort it first");
        }
        if (state.merging()) {
            problems.add("a merge is in progress and is not part of this push: commit or abort it first");
        }
        if (plan.isEmpty() && (state.unborn() || state.detached())) {
            problems.add("on " + state.describe() + ": there is no branch with commits to push");
        } else if (state.detached()) {
            problems.add("pushing from a " + state.describe() + ", not from a branch");
        }
        for (RefUpdate update : plan.updates()) {
            if (renamed(update)) {
                problems.add("local branch " + update.localBranch() + " goes to " + plan.target(update)
                        + ", a branch with another name");
            }
        }
        if (!problems.isEmpty()) {
            details.addAll(0, problems.subList(1, problems.size()));
            return CheckResult.of(this, CheckStatus.WARN, problems.get(0), details);
        }
        if (plan.isEmpty()) {
            return CheckResult.of(this, CheckStatus.PASS, "nothing to push", details);
        }
        return CheckResult.of(this, CheckStatus.PASS, "on " + state.describe() + " → " + targets(plan), details);
    }

    private static boolean renamed(RefUpdate update) {
        return !update.isDelete() && update.localRef().startsWith("refs/heads/")
                && update.remoteRef().startsWith("refs/heads/") && !update.localBranch().equals(update.remoteBranch());
    }

    private static String targets(PushPlan plan) {
        return String.join(", ", plan.updates().stream().map(plan::target).toList());
    }
}
