package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** The commits a forced update removes from the remote branch: reachable from the remote's sha, not from the pushed one. */
final class DiscardedCommits {
    private DiscardedCommits() {
    }

    /** Newest first; empty when the remote's sha is not here (never fetched): then nobody here knows what it holds. */
    static List<OutgoingCommit> of(Repository repository, RefUpdate update) {
        if (!update.isForced() || !update.remoteExists()) {
            return List.of();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(update.remoteSha())));
            if (!RefUpdate.ZERO.equals(update.localSha())) {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(update.localSha())));
            }
            List<OutgoingCommit> discarded = new ArrayList<>();
            for (RevCommit commit : walk) {
                if (discarded.size() == PushPlan.MAX_DISCARDED_LISTED) {
                    break;
                }
                PersonIdent author = commit.getAuthorIdent();
                discarded.add(new OutgoingCommit(commit.name(), author.getName(), commit.getShortMessage(),
                        author.getWhenAsInstant()));
            }
            return List.copyOf(discarded);
        } catch (MissingObjectException e) {
            return List.of(); // not fetched, or beyond a shallow boundary
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
