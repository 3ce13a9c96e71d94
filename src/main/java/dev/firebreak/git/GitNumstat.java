package dev.firebreak.git;

import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Added and removed line counts from the system git ({@code git diff --numstat}): git's C diff counts a
 * 1,000-file push in about 50 ms, several times faster than JGit's, and the hook is waited for on every push.
 */
final class GitNumstat {
    /** Lines added and removed; {@code binary} when git would not count them. */
    record Counts(int added, int removed, boolean binary) {
    }

    private GitNumstat() {
    }

    /** Counts per path, or empty when git failed (the caller then counts with JGit). */
    static Optional<Map<String, Counts>> between(Path git, Path workTree, ObjectId base, ObjectId tip) {
        String from = base == null ? Constants.EMPTY_TREE_ID.name() : base.name();
        GitProcess.Outcome outcome = GitProcess.run(List.of(git.toString(), "--no-optional-locks", "diff", "--numstat",
                "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--histogram", from, tip.name()),
                workTree, Map.of(), ProgressMonitor.NONE, line -> { });
        return outcome.exitCode() == 0 ? Optional.of(parse(outcome.stdout())) : Optional.empty();
    }

    /** {@code added\tremoved\tpath\0} per file, {@code -\t-\tpath\0} for a binary one. */
    static Map<String, Counts> parse(String numstat) {
        Map<String, Counts> counts = new HashMap<>();
        for (String record : numstat.split("\0")) {
            String[] fields = record.split("\t", 3);
            if (fields.length < 3) {
                continue;
            }
            boolean binary = fields[0].equals("-");
            counts.put(fields[2], binary ? new Counts(0, 0, true)
                    : new Counts(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), false));
        }
        return counts;
    }
}
