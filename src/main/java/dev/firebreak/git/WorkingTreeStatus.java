package dev.firebreak.git;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * Local changes that a push does not carry: "what you push is not what you tested".
 *
 * @param uncommitted tracked files changed in the index or working tree (and conflicts)
 * @param untracked   new files in folders git already tracks; wholly new folders are left out as likely scratch space
 */
public record WorkingTreeStatus(List<String> uncommitted, List<String> untracked) {
    public WorkingTreeStatus {
        uncommitted = List.copyOf(uncommitted);
        untracked = List.copyOf(untracked);
    }

    /** Through the system git when there is one (fast), else through JGit. */
    public static WorkingTreeStatus of(Repository repository) {
        return GitExecutable.onPath()
                .flatMap(git -> PorcelainStatus.read(git, Repositories.workTree(repository)))
                .orElseGet(() -> withJGit(repository));
    }

    static WorkingTreeStatus withJGit(Repository repository) {
        try {
            Status status = Git.wrap(repository).status().call();
            Set<String> uncommitted = new TreeSet<>();
            uncommitted.addAll(status.getAdded());
            uncommitted.addAll(status.getChanged());
            uncommitted.addAll(status.getRemoved());
            uncommitted.addAll(status.getModified());
            uncommitted.addAll(status.getMissing());
            uncommitted.addAll(status.getConflicting());
            List<String> untracked = status.getUntracked().stream()
                    .filter(path -> status.getUntrackedFolders().stream().noneMatch(folder -> path.startsWith(folder + "/")))
                    .sorted().toList();
            return new WorkingTreeStatus(List.copyOf(uncommitted), untracked);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot read the working tree status: " + e.getMessage(), e);
        }
    }

    public boolean clean() {
        return uncommitted.isEmpty() && untracked.isEmpty();
    }
}
