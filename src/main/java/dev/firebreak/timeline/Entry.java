package dev.firebreak.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One journaled line, immutable once appended. {@code occurredAt} keeps the offset it was captured in, so a
 * later zone or DST change never moves it; {@code recordedAt} is set by the journal. {@code hash} is the SHA-256
 * of {@link CanonicalForm} of this entry, which includes {@code previousHash}: the chain.
 */
public record Entry(long id, long incident, OffsetDateTime occurredAt, OffsetDateTime endedAt, Instant recordedAt,
                    String author, EntryKind kind, String text, EntrySource source, List<Reference> references,
                    boolean pinned, Correction correction, String previousHash, String hash) {
    public Entry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        references = List.copyOf(references);
    }

    public Optional<OffsetDateTime> end() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Correction> corrects() {
        return Optional.ofNullable(correction);
    }

    Entry withHash(String newHash) {
        return new Entry(id, incident, occurredAt, endedAt, recordedAt, author, kind, text, source, references, pinned,
                correction, previousHash, newHash);
    }
}
