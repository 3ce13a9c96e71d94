package dev.firebreak.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files that differ between two commits, with added/removed line counts. No rename detection and no patch
 * text: counts are all the checklist shows, and they come from one edit list per changed file.
 */
final class TreeChanges {
    /** Larger blobs are not diffed line by line; their counts stay 0. */
    private static final int MAX_COUNTED_BYTES = 8 << 20;

    private final ObjectReader reader;
    private final HistogramDiff diff = new HistogramDiff();

    TreeChanges(ObjectReader reader) {
        this.reader = reader;
    }

    /** @param base null for "nothing": every file of {@code tip} is added */
    List<OutgoingFile> between(ObjectId base, ObjectId tip) throws IOException {
        try (RevWalk walk = new RevWalk(reader); TreeWalk treeWalk = new TreeWalk(reader)) {
            if (base == null) {
                treeWalk.addTree(new EmptyTreeIterator());
            } else {
                treeWalk.addTree(new CanonicalTreeParser(null, reader, walk.parseCommit(base).getTree()));
            }
            treeWalk.addTree(new CanonicalTreeParser(null, reader, walk.parseCommit(tip).getTree()));
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            List<OutgoingFile> files = new ArrayList<>();
            for (DiffEntry entry : DiffEntry.scan(treeWalk)) {
                files.add(toFile(entry));
            }
            return files;
        }
    }

    private OutgoingFile toFile(DiffEntry entry) throws IOException {
        boolean submodule = entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK;
        OutgoingFile.Change change = switch (entry.getChangeType()) {
            case ADD -> OutgoingFile.Change.ADDED;
            case DELETE -> OutgoingFile.Change.DELETED;
            default -> OutgoingFile.Change.MODIFIED;
        };
        String path = change == OutgoingFile.Change.DELETED ? entry.getOldPath() : entry.getNewPath();
        String oldBlob = change == OutgoingFile.Change.ADDED ? null : entry.getOldId().name();
        String newBlob = change == OutgoingFile.Change.DELETED ? null : entry.getNewId().name();
        if (submodule) {
            return new OutgoingFile(path, change, 0, 0, oldBlob, newBlob, false, true);
        }
        RawText before = text(change == OutgoingFile.Change.ADDED ? null : entry.getOldId());
        RawText after = text(change == OutgoingFile.Change.DELETED ? null : entry.getNewId());
        if (before == null || after == null) {
            return new OutgoingFile(path, change, 0, 0, oldBlob, newBlob, true, false);
        }
        int added = 0;
        int removed = 0;
        for (Edit edit : diff.diff(RawTextComparator.DEFAULT, before, after)) {
            added += edit.getLengthB();
            removed += edit.getLengthA();
        }
        return new OutgoingFile(path, change, added, removed, oldBlob, newBlob, false, false);
    }

    /** The blob as text; {@link RawText#EMPTY_TEXT} for a missing side, null when binary or too large. */
    private RawText text(AbbreviatedObjectId id) throws IOException {
        if (id == null) {
            return RawText.EMPTY_TEXT;
        }
        try {
            byte[] bytes = reader.open(id.toObjectId()).getCachedBytes(MAX_COUNTED_BYTES);
            return RawText.isBinary(bytes) ? null : new RawText(bytes);
        } catch (LargeObjectException e) {
            return null;
        }
    }
}
