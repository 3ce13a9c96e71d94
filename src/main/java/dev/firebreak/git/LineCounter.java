package dev.firebreak.git;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;

/** Turns a changed path into an {@link OutgoingFile}: an added or deleted file is counted, only a modified one diffed. */
final class LineCounter {
    /** Larger blobs are not read for counting and show as "binary or too large". */
    private static final int MAX_COUNTED_BYTES = 8 << 20;

    private final ObjectReader reader;
    private final HistogramDiff diff = new HistogramDiff();

    LineCounter(ObjectReader reader) {
        this.reader = reader;
    }

    /** The entry as an outgoing file with no line counts yet (submodules never get any). */
    static OutgoingFile uncounted(DiffEntry entry) {
        boolean submodule = entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK;
        OutgoingFile.Change change = switch (entry.getChangeType()) {
            case ADD -> OutgoingFile.Change.ADDED;
            case DELETE -> OutgoingFile.Change.DELETED;
            default -> OutgoingFile.Change.MODIFIED;
        };
        boolean deleted = change == OutgoingFile.Change.DELETED;
        String path = deleted ? entry.getOldPath() : entry.getNewPath();
        String oldBlob = change == OutgoingFile.Change.ADDED ? null : entry.getOldId().name();
        String newBlob = deleted ? null : entry.getNewId().name();
        return new OutgoingFile(path, change, 0, 0, oldBlob, newBlob, false, submodule);
    }

    OutgoingFile toFile(DiffEntry entry) throws IOException {
        OutgoingFile file = uncounted(entry);
        if (file.submodule()) {
            return file;
        }
        OutgoingFile.Change change = file.change();
        boolean deleted = change == OutgoingFile.Change.DELETED;
        RawText before = change == OutgoingFile.Change.ADDED ? RawText.EMPTY_TEXT : text(entry.getOldId());
        RawText after = deleted ? RawText.EMPTY_TEXT : text(entry.getNewId());
        if (before == null || after == null) {
            return file.withCounts(0, 0, true);
        }
        if (change != OutgoingFile.Change.MODIFIED) {
            return file.withCounts(after.size(), before.size(), false);
        }
        int added = 0;
        int removed = 0;
        for (Edit edit : diff.diff(RawTextComparator.DEFAULT, before, after)) {
            added += edit.getLengthB();
            removed += edit.getLengthA();
        }
        return file.withCounts(added, removed, false);
    }

    /** The blob as text, or null when it is binary or too large to count. */
    private RawText text(AbbreviatedObjectId id) throws IOException {
        try {
            byte[] bytes = reader.open(id.toObjectId()).getCachedBytes(MAX_COUNTED_BYTES);
            return RawText.isBinary(bytes) ? null : new RawText(bytes);
        } catch (LargeObjectException e) {
            return null;
        }
    }
}
