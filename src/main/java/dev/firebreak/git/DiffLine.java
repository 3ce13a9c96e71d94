package dev.firebreak.git;

/**
 * One line of a file's outgoing diff.
 *
 * @param oldLine 1-based line in the remote's version, 0 for an added line
 * @param newLine 1-based line in the version that leaves, 0 for a removed line
 */
public record DiffLine(Kind kind, int oldLine, int newLine, String text) {
    public enum Kind { CONTEXT, ADDED, REMOVED, SKIPPED }

    static DiffLine skipped(int lines) {
        return new DiffLine(Kind.SKIPPED, 0, 0, "… " + lines + " unchanged line(s) …");
    }
}
