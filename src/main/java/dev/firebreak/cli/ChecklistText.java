package dev.firebreak.cli;

import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.Checklist;
import java.io.PrintWriter;

/** The checklist as plain text for a terminal or git's hook output: headline, one line per check, verdict. */
final class ChecklistText {
    /** Enough details to see what is wrong; the console and {@code --format json} have all of them. */
    static final int MAX_DETAILS = 12;

    private ChecklistText() {
    }

    static void print(Checklist checklist, PrintWriter out) {
        out.println("firebreak: " + checklist.headline());
        for (CheckResult check : checklist.checks()) {
            out.printf("  %-4s  %-17s %s%n", check.status(), check.title(), check.summary());
            check.details().stream().limit(MAX_DETAILS).forEach(detail -> out.println("          · " + detail));
            if (check.details().size() > MAX_DETAILS) {
                out.println("          · … " + (check.details().size() - MAX_DETAILS) + " more");
            }
        }
        out.println("Verdict: " + checklist.verdict());
        out.flush();
    }
}
