package dev.firebreak.timeline;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recomputes the hash chain one entry at a time, in append order, as the entries are read: a whole journal is
 * verified without holding it in memory, and an export verifies the rows it renders in the same read.
 */
final class ChainCheck implements Consumer<Entry> {
    private String previous = CanonicalForm.GENESIS;
    private int entries;
    private Long firstBroken;
    private String problem = "";

    @Override
    public void accept(Entry entry) {
        entries++;
        if (firstBroken != null) {
            return;
        }
        if (!entry.previousHash().equals(previous)) {
            broken(entry, "its link to the entry before it does not match (an entry before it was changed, inserted or deleted)");
        } else if (!CanonicalForm.hash(entry).equals(entry.hash())) {
            broken(entry, "its content no longer matches its hash (it was changed after it was written)");
        } else {
            previous = entry.hash();
        }
    }

    ChainVerification result() {
        return firstBroken == null
                ? new ChainVerification(entries, previous, Optional.empty(), "")
                : new ChainVerification(entries, "", Optional.of(firstBroken), problem);
    }

    private void broken(Entry entry, String why) {
        firstBroken = entry.id();
        problem = why;
    }
}
