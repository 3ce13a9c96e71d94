package dev.firebreak.protect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one open transaction (or savepoint) wrote so far: rows per heap file, files created, tables truncated. */
final class RowChanges {
    final Map<RelFile, long[]> counts = new LinkedHashMap<>(); // file -> {deleted, updated, inserted}
    final List<RelFile> created = new ArrayList<>();
    final Set<Long> truncatedTables = new HashSet<>();

    static final int DELETED = 0;
    static final int UPDATED = 1;
    static final int INSERTED = 2;

    void add(RelFile file, int what, long rows) {
        counts.computeIfAbsent(file, key -> new long[3])[what] += rows;
    }

    long count(RelFile file, int what) {
        long[] row = counts.get(file);
        return row == null ? 0 : row[what];
    }

    /** A savepoint's changes become its parent's when the parent commits (and are lost with it on abort). */
    void absorb(RelFile file, long[] row) {
        for (int what = 0; what < row.length; what++) {
            add(file, what, row[what]);
        }
    }

    void absorb(RowChanges sub) {
        sub.counts.forEach(this::absorb);
        created.addAll(sub.created);
        truncatedTables.addAll(sub.truncatedTables);
    }

    Set<RelFile> files() {
        return new HashSet<>(counts.keySet());
    }
}
