package dev.firebreak.timeline;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A typed line understood: when it happened (a span when {@code endedAt} is set) and what was written. */
public record Capture(OffsetDateTime occurredAt, OffsetDateTime endedAt, String text) {
    public Optional<OffsetDateTime> end() {
        return Optional.ofNullable(endedAt);
    }

    public NewEntry toEntry(long incident, EntryKind kind, EntrySource source) {
        return NewEntry.of(incident, occurredAt, kind, text, source).endingAt(endedAt);
    }
}
