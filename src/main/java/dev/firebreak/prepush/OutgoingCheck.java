package dev.firebreak.prepush;

import dev.firebreak.git.OutgoingChanges;
import dev.firebreak.git.OutgoingCommit;
import dev.firebreak.git.OutgoingFile;
import java.util.ArrayList;
import java.util.List;

/** 4. The commits and files that will leave; far more commits than usual means a wrong base or target. */
final class OutgoingCheck extends Check {
    OutgoingCheck() {
        super("outgoing", "Outgoing");
    }

    @Override
    CheckResult run(PushContext context) {
        OutgoingChanges outgoing = context.outgoing();
        String summary = outgoing.commitCount() + plural(outgoing.commitCount(), " commit") + " by "
                + String.join(", ", outgoing.authors()) + "; " + outgoing.files().size()
                + plural(outgoing.files().size(), " file") + " (+" + outgoing.addedLines() + " −" + outgoing.removedLines() + ")";
        if (outgoing.commitCount() == 0 && outgoing.files().isEmpty()) {
            summary = "no new commits leave";
        }
        List<String> details = new ArrayList<>();
        for (OutgoingCommit commit : outgoing.commits()) {
            details.add(commit.shortSha() + " " + commit.subject() + " (" + commit.author() + ")");
        }
        if (outgoing.commits().size() < outgoing.commitCount()) {
            details.add("… and " + (outgoing.commitCount() - outgoing.commits().size()) + " older commits");
        }
        outgoing.files().forEach(file -> details.add(describe(file)));
        int max = context.policy().maxCommits();
        if (outgoing.commitCount() > max) {
            return CheckResult.of(this, CheckStatus.WARN, "pushing way more than expected: " + summary
                    + " (more than " + max + " commits)", details);
        }
        return CheckResult.of(this, CheckStatus.PASS, summary, details);
    }

    private static String describe(OutgoingFile file) {
        String change = file.change().name().toLowerCase();
        if (file.submodule()) {
            return change + " " + file.path() + " (submodule)";
        }
        if (file.binary()) {
            return change + " " + file.path() + " (binary or too large to count)";
        }
        return change + " " + file.path() + " +" + file.added() + " −" + file.removed();
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
