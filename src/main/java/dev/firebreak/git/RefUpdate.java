package dev.firebreak.git;

import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One line of a push plan, as git's pre-push hook receives it: a zero sha means "does not exist"
 * (zero remote sha: the ref is created; zero local sha: the ref is deleted).
 */
public record RefUpdate(String localRef, String localSha, String remoteRef, String remoteSha, UpdateKind kind) {
    public static final String ZERO = ObjectId.zeroId().name();

    public RefUpdate {
        Objects.requireNonNull(localRef, "localRef");
        Objects.requireNonNull(localSha, "localSha");
        Objects.requireNonNull(remoteRef, "remoteRef");
        Objects.requireNonNull(remoteSha, "remoteSha");
        Objects.requireNonNull(kind, "kind");
    }

    /** The remote branch name without {@code refs/heads/}, e.g. {@code release/2.1}. */
    public String remoteBranch() {
        return shortName(remoteRef);
    }

    public String localBranch() {
        return shortName(localRef);
    }

    public boolean remoteExists() {
        return !ZERO.equals(remoteSha);
    }

    public boolean isForced() {
        return kind == UpdateKind.FORCED;
    }

    public boolean isDelete() {
        return kind == UpdateKind.DELETE;
    }

    /** The line git writes on the hook's stdin. */
    public String hookLine() {
        return localRef + " " + localSha + " " + remoteRef + " " + remoteSha;
    }

    static String shortName(String ref) {
        return ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
    }
}
