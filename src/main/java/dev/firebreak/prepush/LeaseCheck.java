package dev.firebreak.prepush;

import dev.firebreak.git.PushPlan;
import dev.firebreak.git.RefUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 3b. Lease: a forced update is acceptable only with a lease that holds: the remote still has exactly the sha the user
 * fetched and could review (the remote-tracking ref). Otherwise it overwrites commits nobody here has seen. Whether
 * the force itself is acceptable is {@link ForceCheck}'s question: a lease that holds is no reason to rewrite main.
 */
final class LeaseCheck extends Check {
    LeaseCheck() {
        super("lease", "Lease");
    }

    @Override
    CheckResult run(PushContext context) {
        PushPlan plan = context.plan();
        List<String> leases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RefUpdate update : plan.updates()) {
            if (!update.isForced()) {
                continue;
            }
            String target = plan.target(update);
            String remoteShort = update.remoteSha().substring(0, 7);
            Optional<String> tracked = plan.trackedSha(update.remoteRef());
            if (plan.state().shallow()) {
                problems.add("shallow clone: whether " + target + " at " + remoteShort
                        + " is an ancestor is unknown, so the update is treated as forced");
            } else if (tracked.isEmpty()) {
                problems.add("forced update of " + target + ": you never fetched it, so " + remoteShort
                        + " has not been reviewed");
            } else if (!tracked.get().equals(update.remoteSha())) {
                problems.add("forced update of " + target + ": the remote has " + remoteShort + " but you last fetched "
                        + tracked.get().substring(0, 7) + " — someone pushed since; fetch and review");
            } else {
                leases.add("forced update of " + target + " with lease: replaces " + remoteShort + " which you fetched");
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(leases);
            return CheckResult.lead(this, CheckStatus.WARN, problems);
        }
        if (!leases.isEmpty()) {
            return CheckResult.lead(this, CheckStatus.PASS, leases);
        }
        return CheckResult.of(this, CheckStatus.PASS, "no forced update");
    }
}
