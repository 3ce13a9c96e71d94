package dev.firebreak.git;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What will leave with a push: the commits the remote does not have and the files whose content changes there.
 *
 * @param commitCount all outgoing commits; {@code commits} holds at most {@link #MAX_LISTED} of them, newest first
 */
public record OutgoingChanges(int commitCount, List<OutgoingCommit> commits, List<OutgoingFile> files) {
    public static final int MAX_LISTED = 500;
    public static final OutgoingChanges NONE = new OutgoingChanges(0, List.of(), List.of());

    public OutgoingChanges {
        commits = List.copyOf(commits);
        files = List.copyOf(files);
    }

    public Set<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        commits.forEach(commit -> authors.add(commit.author()));
        return authors;
    }

    public int addedLines() {
        return files.stream().mapToInt(OutgoingFile::added).sum();
    }

    public int removedLines() {
        return files.stream().mapToInt(OutgoingFile::removed).sum();
    }
}
