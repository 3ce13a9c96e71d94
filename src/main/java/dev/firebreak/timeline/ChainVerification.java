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
        ChainCheck check = new ChainCheck();
        chain.forEach(check);
        return check.result();
    }
}
