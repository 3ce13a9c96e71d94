package dev.firebreak.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folds an incident's append-only entries into the rows a person reads, ordered by when things happened. */
public final class Timeline {
    private static final Comparator<TimelineRow> BY_OCCURRENCE = Comparator
            .comparing((TimelineRow row) -> row.current().occurredAt().toInstant())
            .thenComparingLong(row -> row.original().id());

    private Timeline() {
    }

    /** {@code entries} in append order (ascending id). A correction of an unknown entry stands as its own row. */
    public static List<TimelineRow> rows(List<Entry> entries) {
        List<TimelineRow> rows = new ArrayList<>(entries.size());
        Map<Long, Integer> rowOf = new HashMap<>(); // entry id → its row: a correction may name any entry of the row
        for (Entry entry : entries) {
            Integer target = entry.corrects().map(correction -> rowOf.get(correction.target())).orElse(null);
            if (target == null) {
                target = rows.size();
                rows.add(TimelineRow.of(entry));
            } else {
                rows.set(target, rows.get(target).apply(entry));
            }
            rowOf.put(entry.id(), target);
        }
        rows.sort(BY_OCCURRENCE);
        return rows;
    }
}
