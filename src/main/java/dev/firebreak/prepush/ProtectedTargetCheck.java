package dev.firebreak.prepush;

import dev.firebreak.git.RefUpdate;
import dev.firebreak.git.UpdateKind;
import java.util.ArrayList;
import java.util.List;

/** 2. Rewriting or deleting a branch that deploys fails; a normal update of it is worth a second look. */
final class ProtectedTargetCheck extends Check {
    ProtectedTargetCheck() {
        super("protected-target", "Protected target");
    }

    @Override
    CheckResult run(PushContext context) {
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (RefUpdate update : context.plan().updates()) {
            if (!context.isProtected(update) || update.kind() == UpdateKind.UP_TO_DATE) {
                continue;
            }
            String target = context.plan().target(update);
            switch (update.kind()) {
                case FORCED -> failures.add("forced update of protected " + target + " would rewrite its history"
                        + (context.plan().state().shallow() ? " (shallow clone: ancestry unknown, treated as forced)" : ""));
                case DELETE -> failures.add("deleting protected " + target);
                default -> warnings.add(target + " is protected: this branch deploys");
            }
        }
        if (!failures.isEmpty()) {
            failures.addAll(warnings);
            return CheckResult.lead(this, CheckStatus.FAIL, failures);
        }
        if (!warnings.isEmpty()) {
            return CheckResult.lead(this, CheckStatus.WARN, warnings);
        }
        return CheckResult.of(this, CheckStatus.PASS, "no protected branch is touched",
                List.of("protected: " + String.join(", ", context.policy().protectedBranches())));
    }
}
