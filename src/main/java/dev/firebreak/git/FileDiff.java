package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/** The line diff of one outgoing file, with a few lines of context around each change, as a reviewer reads it. */
public final class FileDiff {
    static final int CONTEXT = 3;

    private FileDiff() {
    }

    /** @param oldBlob the remote's version, or null when the file is new */
    public static List<DiffLine> of(Repository repository, String oldBlob, String newBlob) {
        try (ObjectReader reader = repository.newObjectReader()) {
            RawText before = text(reader, oldBlob);
            RawText after = text(reader, newBlob);
            return lines(before, after, new HistogramDiff().diff(RawTextComparator.DEFAULT, before, after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawText text(ObjectReader reader, String blob) throws IOException {
        return blob == null ? RawText.EMPTY_TEXT : new RawText(reader.open(ObjectId.fromString(blob)).getBytes());
    }

    private static List<DiffLine> lines(RawText before, RawText after, EditList edits) {
        List<DiffLine> lines = new ArrayList<>();
        int oldAt = 0; // next line of each side not yet shown, 0-based
        int newAt = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            int contextStart = Math.max(oldAt, edit.getBeginA() - CONTEXT);
            if (contextStart > oldAt) {
                lines.add(DiffLine.skipped(contextStart - oldAt));
                newAt += contextStart - oldAt;
                oldAt = contextStart;
            }
            for (; oldAt < edit.getBeginA(); oldAt++, newAt++) {
                lines.add(new DiffLine(DiffLine.Kind.CONTEXT, oldAt + 1, newAt + 1, before.getString(oldAt)));
            }
            for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
                lines.add(new DiffLine(DiffLine.Kind.REMOVED, i + 1, 0, before.getString(i)));
            }
            for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
                lines.add(new DiffLine(DiffLine.Kind.ADDED, 0, i + 1, after.getString(i)));
            }
            oldAt = edit.getEndA();
            newAt = edit.getEndB();
            int nextBegin = e + 1 < edits.size() ? edits.get(e + 1).getBeginA() : before.size();
            for (int end = Math.min(nextBegin, oldAt + CONTEXT); oldAt < end; oldAt++, newAt++) {
                lines.add(new DiffLine(DiffLine.Kind.CONTEXT, oldAt + 1, newAt + 1, before.getString(oldAt)));
            }
        }
        if (oldAt < before.size()) {
            lines.add(DiffLine.skipped(before.size() - oldAt));
        }
        return lines;
    }
}
