package dev.firebreak.timeline;

import java.util.List;
import java.util.Optional;

/**
 * The result of recomputing the journal's hash chain: intact, or the first entry whose stored hash does not match
 * its content or whose previous-hash link does not match the entry before it (an edit, insertion or deletion).
 */
public record ChainVerification(int entries, String head, Optional<Long> firstBroken, String problem) {
    public boolean intact() {
        return firstBroken.isEmpty();
    }

    public static ChainVerification of(List<Entry> chain) {
        String previous = CanonicalForm.GENESIS;
        for (Entry entry : chain) {
            if (!entry.previousHash().equals(previous)) {
                return broken(chain, entry, "its link to the entry before it does not match (an entry before it was changed, inserted or deleted)");
            }
            if (!CanonicalForm.hash(entry).equals(entry.hash())) {
                return broken(chain, entry, "its content no longer matches its hash (it was changed after it was written)");
            }
            previous = entry.hash();
        }
        return new ChainVerification(chain.size(), previous, Optional.empty(), "");
    }

    private static ChainVerification broken(List<Entry> chain, Entry entry, String problem) {
        return new ChainVerification(chain.size(), "", Optional.of(entry.id()), problem);
    }
}
