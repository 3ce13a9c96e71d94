package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an entry records. */
public enum EntryKind {
    DETECTION, ACTION, COMMUNICATION, DECISION, FINDING, MILESTONE, NOTE, SYSTEM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Unknown kind '" + text + "': use one of "
                    + Arrays.stream(values()).map(EntryKind::label).collect(Collectors.joining(", ")));
        }
    }
}
