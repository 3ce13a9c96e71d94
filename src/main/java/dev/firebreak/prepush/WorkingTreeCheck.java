package dev.firebreak.prepush;

import dev.firebreak.core.Numbers;
import dev.firebreak.git.WorkingTreeStatus;
import java.util.ArrayList;
import java.util.List;

/** 7. Local changes that stay behind: what you push is not what you tested. */
final class WorkingTreeCheck extends Check {
    WorkingTreeCheck() {
        super("working-tree", "Working tree");
    }

    @Override
    CheckResult run(PushContext context) {
        WorkingTreeStatus status = context.workingTree();
        if (status.clean()) {
            return CheckResult.of(this, CheckStatus.PASS, "working tree clean");
        }
        List<String> details = new ArrayList<>();
        status.uncommitted().forEach(path -> details.add("uncommitted: " + path));
        status.untracked().forEach(path -> details.add("untracked: " + path));
        return CheckResult.of(this, CheckStatus.WARN, "what you push is not what you tested: "
                + Numbers.count(status.uncommitted().size()) + " uncommitted and " + Numbers.of(status.untracked().size(), "untracked file"), details);
    }
}
