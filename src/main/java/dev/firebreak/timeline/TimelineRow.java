package dev.firebreak.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an incident's timeline as views show it: the current version of an entry after its amendments,
 * whether it was struck, and on request its history (the original first, then each correction).
 */
public record TimelineRow(Entry current, boolean struck, List<Entry> history) {
    public TimelineRow {
        history = List.copyOf(history);
    }

    public static TimelineRow of(Entry original) {
        return new TimelineRow(original, false, List.of(original));
    }

    public Entry original() {
        return history.get(0);
    }

    public boolean amended() {
        return history.size() > 1;
    }

    TimelineRow apply(Entry correction) {
        List<Entry> longer = new ArrayList<>(history);
        longer.add(correction);
        return switch (correction.correction().type()) {
            case AMEND -> new TimelineRow(correction, struck, longer);
            case STRIKE -> new TimelineRow(current, true, longer);
        };
    }
}
