package dev.firebreak.prepush;

import dev.firebreak.core.Numbers;
import dev.firebreak.git.OutgoingCommit;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.RefUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * 3. Force: a forced update discards the remote's commits that the pushed one lacks. On a protected branch that FAILs,
 * elsewhere it WARNs; either way it names what would be lost. A lease that holds (see {@link LeaseCheck}) changes
 * nothing about that.
 */
final class ForceCheck extends Check {
    private static final int NAMED = 3;

    ForceCheck() {
        super("force", "Force");
    }

    @Override
    CheckResult run(PushContext context) {
        PushPlan plan = context.plan();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (RefUpdate update : plan.updates()) {
            if (!update.isForced()) {
                continue;
            }
            List<OutgoingCommit> discarded = plan.discarded(update);
            String target = plan.target(update);
            String where = (context.isProtected(update) ? "protected " : "") + target;
            String what = discarded.isEmpty()
                    ? "rewrites " + where + ": its commit " + update.remoteSha().substring(0, 7) + " is not here, so what it loses is unknown"
                    : "discards " + count(discarded) + " on " + where + ": " + String.join(", ",
                            discarded.stream().limit(NAMED).map(c -> c.shortSha() + " " + c.subject()).toList())
                            + (discarded.size() > NAMED ? ", …" : "");
            if (context.isProtected(update)) {
                failures.add(what);
            } else {
                warnings.add(what);
            }
            discarded.forEach(commit -> details.add("discarded from " + target + ": " + commit.shortSha() + " " + commit.subject()
                    + " (" + commit.author() + ")"));
        }
        if (!failures.isEmpty()) {
            failures.addAll(warnings);
            failures.addAll(details);
            return CheckResult.lead(this, CheckStatus.FAIL, failures);
        }
        if (!warnings.isEmpty()) {
            warnings.addAll(details);
            return CheckResult.lead(this, CheckStatus.WARN, warnings);
        }
        return CheckResult.of(this, CheckStatus.PASS, "no forced update: nothing on the remote is discarded");
    }

    private static String count(List<OutgoingCommit> discarded) {
        return discarded.size() >= PushPlan.MAX_DISCARDED_LISTED ? "at least " + Numbers.of(discarded.size(), "commit")
                : Numbers.of(discarded.size(), "commit");
    }
}
