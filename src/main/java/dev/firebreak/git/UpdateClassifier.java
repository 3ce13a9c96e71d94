package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Classifies an update by ancestry. A remote sha that is missing locally (not fetched, or beyond a shallow
 * boundary) counts as forced: we cannot prove that nothing on the remote is lost.
 */
final class UpdateClassifier {
    private final Repository repository;

    UpdateClassifier(Repository repository) {
        this.repository = repository;
    }

    UpdateKind classify(String localSha, String remoteSha) {
        if (RefUpdate.ZERO.equals(localSha)) {
            return UpdateKind.DELETE;
        }
        if (RefUpdate.ZERO.equals(remoteSha)) {
            return UpdateKind.CREATE;
        }
        if (localSha.equals(remoteSha)) {
            return UpdateKind.UP_TO_DATE;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit local = walk.parseCommit(ObjectId.fromString(localSha));
            RevCommit remote = walk.parseCommit(ObjectId.fromString(remoteSha));
            return walk.isMergedInto(remote, local) ? UpdateKind.FAST_FORWARD : UpdateKind.FORCED;
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return UpdateKind.FORCED; // unknown here, or not a commit: nothing proves the remote loses nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
