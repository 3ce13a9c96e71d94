package dev.firebreak.timeline;

import java.util.List;

/** An incident's entries in append order, and the whole journal's chain as verified in the same read. */
public record AuditedEntries(List<Entry> entries, ChainVerification chain) {
    public AuditedEntries {
        entries = List.copyOf(entries);
    }
}
