package dev.firebreak.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** What a caller asks the journal to append; the journal adds the id, recorded time, author and hashes. */
public record NewEntry(long incident, OffsetDateTime occurredAt, OffsetDateTime endedAt, EntryKind kind, String text,
                       EntrySource source, List<Reference> references, boolean pinned, Correction correction) {
    public NewEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        references = List.copyOf(references);
    }

    /** A plain entry: no span, no references, not pinned, correcting nothing. */
    public static NewEntry of(long incident, OffsetDateTime occurredAt, EntryKind kind, String text, EntrySource source) {
        return new NewEntry(incident, occurredAt, null, kind, text, source, List.of(), false, null);
    }

    public NewEntry endingAt(OffsetDateTime end) {
        return new NewEntry(incident, occurredAt, end, kind, text, source, references, pinned, correction);
    }

    public NewEntry referring(List<Reference> to) {
        return new NewEntry(incident, occurredAt, endedAt, kind, text, source, to, pinned, correction);
    }

    public NewEntry correcting(Correction target) {
        return new NewEntry(incident, occurredAt, endedAt, kind, text, source, references, pinned, target);
    }
}
