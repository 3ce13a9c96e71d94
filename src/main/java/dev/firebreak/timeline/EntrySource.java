package dev.firebreak.timeline;

import dev.firebreak.core.EventSource;
import java.util.Locale;

/** Where an entry came from: typed by a person, or journaled from a service's event. */
public enum EntrySource {
    MANUAL, CLI, PREPUSH, BACKUP, RESTORE, DRILL,
    /** Practice mode's simulated CI deploy. */
    PRACTICE,
    /** The deploy guard: restore points taken before destructive migrations. */
    DEPLOY,
    /** Firebreak itself; kept for entries journals already hold. */
    SYSTEM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The entry source of an event's publisher. */
    public static EntrySource of(EventSource source) {
        return switch (source) {
            case PREPUSH -> PREPUSH;
            case BACKUP -> BACKUP;
            case RESTORE -> RESTORE;
            case PRACTICE -> PRACTICE;
        };
    }
}
