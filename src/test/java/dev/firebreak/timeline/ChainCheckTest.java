package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain check hashes in batches on another thread: over a journal of several batches it must still name the
 * first broken entry in append order, whichever kind of break comes first, and the head of an intact chain.
 */
class ChainCheckTest {
    private static final int ENTRIES = 10_000; // several of the check's batches

    @Test
    void anIntactChainOfManyBatchesEndsAtItsLastHash() {
        List<Entry> chain = chain();

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(ENTRIES);
        assertThat(verification.head()).isEqualTo(chain.get(ENTRIES - 1).hash());
    }

    @Test
    void theFirstEditedEntryOfALaterBatchIsNamedBeforeWhatBreaksAfterIt() {
        List<Entry> chain = chain();
        chain.set(7_000, edited(chain.get(7_000)));
        chain.set(8_500, edited(chain.get(8_500)));
        chain.remove(9_000); // the entry after it links to a hash no longer in the chain

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.firstBroken()).contains(7_001L);
        assertThat(verification.problem()).contains("content no longer matches");
    }

    @Test
    void aDeletionIsNamedBeforeAnEditedEntryAfterIt() {
        List<Entry> chain = chain();
        chain.remove(2_500);
        chain.set(8_000, edited(chain.get(8_000)));

        ChainVerification verification = ChainVerification.of(chain);

        assertThat(verification.firstBroken()).contains(2_502L);
        assertThat(verification.problem()).contains("link to the entry before it");
    }

    /** Entries 1..ENTRIES, each hashed over its canonical form and linked to the one before. */
    private static List<Entry> chain() {
        List<Entry> chain = new ArrayList<>(ENTRIES);
        String previous = CanonicalForm.GENESIS;
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 1, 2, 3, 0, 0, ZoneOffset.ofHours(1));
        for (long id = 1; id <= ENTRIES; id++) {
            Entry entry = new Entry(id, 1, start.plusSeconds(id), null, Instant.parse("2026-12-01T01:04:12.345Z"),
                    "Ana", EntryKind.ACTION, "step " + id, EntrySource.MANUAL, List.of(), false, null, previous, "");
            entry = entry.withHash(CanonicalForm.hash(entry));
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    /** The same entry with other text and its old hash: what an edit in the database leaves. */
    private static Entry edited(Entry entry) {
        return new Entry(entry.id(), entry.incident(), entry.occurredAt(), entry.endedAt(), entry.recordedAt(),
                entry.author(), entry.kind(), "rewritten", entry.source(), entry.references(), entry.pinned(),
                entry.correction(), entry.previousHash(), entry.hash());
    }
}
