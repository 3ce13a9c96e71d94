package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Where HEAD is and what git is in the middle of: what a frightened person needs to read first.
 *
 * @param branch   the current branch's short name, or null on a detached HEAD
 * @param headSha  HEAD's commit, or null on an unborn branch (no commit yet)
 * @param rebasing a rebase is in progress (HEAD is then usually detached)
 * @param merging  a merge (or cherry-pick / revert) waits to be committed
 * @param shallow  the clone is shallow, so ancestry beyond its boundary is unknown
 */
public record RepositoryState(String branch, String headSha, boolean rebasing, boolean merging, boolean shallow) {
    public static RepositoryState of(Repository repository) {
        try {
            Ref head = repository.exactRef(Constants.HEAD);
            String branch = head != null && head.isSymbolic() ? Repository.shortenRefName(head.getTarget().getName()) : null;
            ObjectId headId = head == null ? null : head.getObjectId();
            org.eclipse.jgit.lib.RepositoryState state = repository.getRepositoryState();
            boolean merging = switch (state) {
                case MERGING, MERGING_RESOLVED, CHERRY_PICKING, CHERRY_PICKING_RESOLVED, REVERTING, REVERTING_RESOLVED -> true;
                default -> false;
            };
            boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
            return new RepositoryState(branch, headId == null ? null : headId.name(), state.isRebasing(), merging, shallow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean detached() {
        return branch == null;
    }

    public boolean unborn() {
        return headSha == null;
    }

    /** "feature/x", "detached HEAD at 1a2b3c4", "unborn branch main". */
    public String describe() {
        if (detached()) {
            return unborn() ? "detached HEAD" : "detached HEAD at " + headSha.substring(0, 7);
        }
        return unborn() ? "unborn branch " + branch + " (no commits yet)" : branch;
    }
}
