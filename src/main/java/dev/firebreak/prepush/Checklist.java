package dev.firebreak.prepush;

import dev.firebreak.core.Numbers;
import dev.firebreak.git.OutgoingChanges;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.RefUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reviewed answer to "may this push go?": the plan, what leaves, what the SQL analyzer found and every check.
 *
 * @param sqlScan empty when no SQL analyzer was available
 */
public record Checklist(PushPlan plan, OutgoingChanges outgoing, Optional<ScanResult> sqlScan, List<CheckResult> checks,
                        Instant evaluatedAt) {
    public Checklist {
        checks = List.copyOf(checks);
    }

    public Verdict verdict() {
        return failed().isEmpty() ? Verdict.ALLOW : Verdict.BLOCK;
    }

    public List<CheckResult> failed() {
        return checks.stream().filter(check -> check.status() == CheckStatus.FAIL).toList();
    }

    public Optional<CheckResult> check(String id) {
        return checks.stream().filter(check -> check.id().equals(id)).findFirst();
    }

    /** The one sentence to read first, e.g. "on feature/checkout-redesign → pushing to origin/main with force". */
    public String headline() {
        String on = "on " + plan.state().describe() + " → ";
        List<RefUpdate> updates = plan.updates();
        if (updates.isEmpty()) {
            return on + "nothing to push";
        }
        String force = updates.stream().anyMatch(RefUpdate::isForced) ? " with force" : "";
        if (updates.size() > 1) {
            return on + "pushing " + Numbers.of(updates.size(), "ref") + " to " + plan.remoteName() + force;
        }
        RefUpdate update = updates.get(0);
        String target = plan.target(update);
        return on + switch (update.kind()) {
            case DELETE -> "deleting " + target;
            case CREATE -> "creating " + target;
            case UP_TO_DATE -> target + " is up to date";
            default -> "pushing to " + target + force;
        };
    }
}
