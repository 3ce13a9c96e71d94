package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads {@link OutgoingChanges} for a plan. Walks only the outgoing range (stopping at everything the remote is
 * known to have) and diffs trees once per update, so a 200-commit push into a 20,000-commit history stays cheap.
 */
public final class OutgoingReader {
    private final Repository repository;

    public OutgoingReader(Repository repository) {
        this.repository = repository;
    }

    public OutgoingChanges read(PushPlan plan) {
        List<ObjectId> remoteHas = new ArrayList<>(RemoteRefs.of(repository, plan.remoteName()).knownTips());
        plan.updates().stream().filter(RefUpdate::remoteExists).forEach(u -> remoteHas.add(ObjectId.fromString(u.remoteSha())));
        Map<String, OutgoingCommit> commits = new LinkedHashMap<>();
        Map<String, OutgoingFile> files = new LinkedHashMap<>();
        int[] count = {0};
        try (ObjectReader reader = repository.newObjectReader()) {
            TreeChanges treeChanges = new TreeChanges(repository);
            for (RefUpdate update : plan.updates()) {
                if (update.isDelete() || update.kind() == UpdateKind.UP_TO_DATE) {
                    continue;
                }
                ObjectId base = walk(reader, update, remoteHas, commits, count);
                for (OutgoingFile file : treeChanges.between(base, ObjectId.fromString(update.localSha()))) {
                    files.putIfAbsent(file.path(), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutgoingChanges(count[0], new ArrayList<>(commits.values()), new ArrayList<>(files.values()));
    }

    /**
     * Collects the update's commits that the remote lacks and returns the commit to diff against: the remote's
     * sha when we have it, else the parent of the oldest outgoing commit (null: diff against an empty tree).
     */
    private ObjectId walk(ObjectReader reader, RefUpdate update, List<ObjectId> remoteHas,
                          Map<String, OutgoingCommit> commits, int[] count) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(update.localSha())));
            for (ObjectId id : remoteHas) {
                parseIfPresent(walk, id).ifPresent(commit -> markUninteresting(walk, commit));
            }
            RevCommit oldest = null;
            for (RevCommit commit : walk) {
                oldest = commit;
                if (!commits.containsKey(commit.name())) {
                    count[0]++;
                    if (commits.size() < OutgoingChanges.MAX_LISTED) {
                        commits.put(commit.name(), toOutgoing(commit));
                    }
                }
            }
            Optional<RevCommit> remote = update.remoteExists()
                    ? parseIfPresent(walk, ObjectId.fromString(update.remoteSha())) : Optional.empty();
            if (remote.isPresent()) {
                return remote.get();
            }
            return oldest != null && oldest.getParentCount() > 0 ? oldest.getParent(0) : null;
        }
    }

    private static Optional<RevCommit> parseIfPresent(RevWalk walk, ObjectId id) throws IOException {
        try {
            return Optional.of(walk.parseCommit(id));
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty(); // not fetched, or not a commit: it cannot limit the walk
        }
    }

    private static void markUninteresting(RevWalk walk, RevCommit commit) {
        try {
            walk.markUninteresting(commit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutgoingCommit toOutgoing(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new OutgoingCommit(commit.name(), author.getName(), commit.getShortMessage(), author.getWhenAsInstant());
    }
}
