package dev.firebreak.git;

import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working tree status from the system git ({@code git status --porcelain -z}): git keeps a stat cache (and
 * maybe an fsmonitor) that makes this several times faster than a cold JGit scan, which matters inside the hook.
 */
final class PorcelainStatus {
    private PorcelainStatus() {
    }

    /** Empty when git failed: the caller falls back to JGit. */
    static Optional<WorkingTreeStatus> read(Path git, Path workTree) {
        GitProcess.Outcome outcome = GitProcess.run(List.of(git.toString(), "--no-optional-locks", "status",
                "--porcelain=v1", "-z", "--untracked-files=normal"), workTree, Map.of(), ProgressMonitor.NONE, line -> { });
        if (outcome.exitCode() != 0) {
            return Optional.empty();
        }
        return Optional.of(parse(outcome.stdout()));
    }

    /** {@code XY path\0} entries; renames and copies carry their old path as the next entry. */
    static WorkingTreeStatus parse(String porcelain) {
        List<String> uncommitted = new ArrayList<>();
        List<String> untracked = new ArrayList<>();
        String[] entries = porcelain.split("\0");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            if (entry.length() < 4) {
                continue;
            }
            String code = entry.substring(0, 2);
            String path = entry.substring(3);
            if (code.equals("??")) {
                if (!path.endsWith("/")) { // a wholly untracked folder: scratch space, not part of what was tested
                    untracked.add(path);
                }
            } else {
                uncommitted.add(path);
                if (code.charAt(0) == 'R' || code.charAt(0) == 'C') {
                    i++;
                }
            }
        }
        uncommitted.sort(null);
        untracked.sort(null);
        return new WorkingTreeStatus(uncommitted, untracked);
    }
}
