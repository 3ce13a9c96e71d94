package dev.firebreak.git;

/** What one ref update of a push does to the remote branch. */
public enum UpdateKind {
    /** The remote ref does not exist yet. */
    CREATE,
    /** The remote sha is an ancestor of the local sha: nothing on the remote is lost. */
    FAST_FORWARD,
    /** The remote sha is not an ancestor of the local sha, or is unknown locally: commits on the remote may be lost. */
    FORCED,
    /** The remote ref is removed. */
    DELETE,
    /** Local and remote sha are equal: nothing moves. */
    UP_TO_DATE
}
