package dev.firebreak.timeline;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A typed line understood: when it happened (a span when {@code endedAt} is set), what was written, and whether
 * the line named the time ({@code timed}) or it is simply now.
 */
public record Capture(OffsetDateTime occurredAt, OffsetDateTime endedAt, String text, boolean timed) {
    public Optional<OffsetDateTime> end() {
        return Optional.ofNullable(endedAt);
    }

    /** "Detected: customer called" from "customer called", at the same time. */
    public Capture titled(Milestone milestone) {
        return new Capture(occurredAt, endedAt, milestone.title() + ": " + text, timed);
    }

    public NewEntry toEntry(long incident, EntryKind kind, EntrySource source) {
        return NewEntry.of(incident, occurredAt, kind, text, source).endingAt(endedAt);
    }

    /** A correction of {@code row}: the new text, at the typed time if one was typed, else at the row's own time. */
    public NewEntry amending(TimelineRow row, EntrySource source) {
        Entry current = row.current();
        OffsetDateTime start = timed ? occurredAt : current.occurredAt();
        OffsetDateTime end = timed ? endedAt : current.endedAt();
        return new NewEntry(current.incident(), start, end, current.kind(), text, source, current.references(),
                current.pinned(), new Correction(row.original().id(), Correction.Type.AMEND));
    }

    /** Pins {@code row} (or unpins it) with an amendment that changes nothing else. */
    public static NewEntry pinning(TimelineRow row, boolean pinned, EntrySource source) {
        Entry current = row.current();
        return new NewEntry(current.incident(), current.occurredAt(), current.endedAt(), current.kind(), current.text(),
                source, current.references(), pinned, new Correction(row.original().id(), Correction.Type.AMEND));
    }

    /** Crosses {@code row} out; the struck text stays in its history. */
    public static NewEntry striking(TimelineRow row, EntrySource source) {
        Entry current = row.current();
        return NewEntry.of(current.incident(), current.occurredAt(), current.kind(), "Struck entry " + current.id(), source)
                .correcting(new Correction(row.original().id(), Correction.Type.STRIKE));
    }
}
