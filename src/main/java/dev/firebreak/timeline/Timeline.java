package dev.firebreak.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Folds an incident's append-only entries into the rows a person reads, ordered by when things happened. */
public final class Timeline {
    private static final Comparator<TimelineRow> BY_OCCURRENCE = Comparator
            .comparing((TimelineRow row) -> row.current().occurredAt().toInstant())
            .thenComparingLong(row -> row.original().id());

    private Timeline() {
    }

    /** {@code entries} in append order (ascending id). A correction of an unknown entry stands as its own row. */
    public static List<TimelineRow> rows(List<Entry> entries) {
        List<TimelineRow> rows = new ArrayList<>();
        for (Entry entry : entries) {
            int target = entry.corrects().map(correction -> indexOf(rows, correction.target())).orElse(-1);
            if (target < 0) {
                rows.add(TimelineRow.of(entry));
            } else {
                rows.set(target, rows.get(target).apply(entry));
            }
        }
        rows.sort(BY_OCCURRENCE);
        return rows;
    }

    private static int indexOf(List<TimelineRow> rows, long entryId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(entryId)) {
                return i;
            }
        }
        return -1;
    }
}
