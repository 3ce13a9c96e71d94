package dev.firebreak.timeline;

import java.util.Locale;

/** Where an entry came from: typed by a person, or journaled from a service's event. */
public enum EntrySource {
    MANUAL, CLI, PREPUSH, BACKUP, RESTORE, DRILL,
    /** Practice mode's simulated CI deploy. */
    PRACTICE,
    /** The deploy guard: restore points taken before destructive migrations. */
    DEPLOY,
    /** An event from a service the journal has no name for yet. */
    SYSTEM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named by a service package such as {@code dev.firebreak.backup}, else {@link #SYSTEM}. */
    public static EntrySource ofPackage(String packageName) {
        String last = packageName.substring(packageName.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        for (EntrySource source : values()) {
            if (source.name().equals(last)) {
                return source;
            }
        }
        return SYSTEM;
    }
}
