package dev.firebreak.ui.prepush;

import dev.firebreak.core.Numbers;
import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.CheckStatus;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.Verdict;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.Headline.Level;
import java.util.List;

/**
 * The Pre-push tab's largest text is the verdict word: BLOCKED (red) when a check fails, WARNING (amber) when one warns,
 * ALLOWED (green) only when every check passed; the line under it says why. The route is the line above the reasons.
 */
final class PrePushHeadline {
    private PrePushHeadline() {
    }

    static Headline of(Checklist checklist) {
        if (checklist == null) {
            return Headline.none("");
        }
        if (checklist.verdict() == Verdict.BLOCK) {
            return new Headline(Level.RED, "BLOCKED", summaries(checklist.failed()));
        }
        List<CheckResult> warnings = checklist.checks().stream().filter(check -> check.status() == CheckStatus.WARN).toList();
        if (!warnings.isEmpty()) {
            return new Headline(Level.AMBER, "WARNING", Numbers.of(warnings.size(), "warning") + " to read before pushing: "
                    + summaries(warnings));
        }
        return new Headline(Level.GREEN, "ALLOWED", "every check passed");
    }

    /** Shown when the repository could not be checked at all. */
    static Headline unchecked() {
        return new Headline(Level.RED, "NOT CHECKED", "Nothing can be pushed from here until this is fixed.");
    }

    private static String summaries(List<CheckResult> checks) {
        return String.join("; ", checks.stream().map(check -> check.title() + ": " + check.summary()).toList());
    }
}
