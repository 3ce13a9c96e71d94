package dev.firebreak.git;

/**
 * A file whose content on the remote branch changes with the push.
 *
 * @param oldBlob  the blob sha of the remote's version, or null for an added file
 * @param newBlob  the blob sha of the content that leaves, or null for a deletion
 * @param binary   binary (or too large to count) content: no line counts, never analyzed as text
 * @param submodule a submodule pointer (gitlink), not a file: no line counts
 */
public record OutgoingFile(String path, Change change, int added, int removed, String oldBlob, String newBlob, boolean binary,
                           boolean submodule) {
    public enum Change { ADDED, MODIFIED, DELETED }

    OutgoingFile withCounts(int addedLines, int removedLines, boolean isBinary) {
        return new OutgoingFile(path, change, addedLines, removedLines, oldBlob, newBlob, isBinary, submodule);
    }

    /** Added or modified text: content a reviewer, or the SQL analyzer, should read. */
    public boolean hasNewText() {
        return change != Change.DELETED && !binary && !submodule;
    }
}
