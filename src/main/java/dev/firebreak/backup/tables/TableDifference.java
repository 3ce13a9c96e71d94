package dev.firebreak.backup.tables;

import dev.firebreak.core.Numbers;
import java.util.List;

/**
 * One table restored aside against the live table.
 *
 * @param table          the live table, e.g. {@code customers}
 * @param sideTable      its copy in the side schema
 * @param rowsLive       null when the table does not exist live
 * @param missing        rows in the backup missing live (by primary key; by whole row without one), null if unknown
 * @param missingPreview the first missing keys, e.g. {@code id=17}
 * @param unmapped       backup columns that cannot be copied and why, e.g. {@code email: not in the live table}
 * @param notCopyable    why no row of this table can be copied back, or null
 */
public record TableDifference(String table, String sideTable, long rowsInBackup, Long rowsLive, Long missing,
                              List<String> missingPreview, List<String> unmapped, String notCopyable) {
    public TableDifference {
        missingPreview = List.copyOf(missingPreview);
        unmapped = List.copyOf(unmapped);
    }

    public boolean copyable() {
        return notCopyable == null && missing != null && missing > 0;
    }

    /** {@code customers: 1,247 in backup, 0 live, 1,247 missing (id=1, id=2, …)} plus what cannot be copied. */
    public String describe() {
        StringBuilder text = new StringBuilder(table).append(": ").append(Numbers.count(rowsInBackup)).append(" in backup, ")
                .append(rowsLive == null ? "table missing live" : Numbers.count(rowsLive) + " live");
        if (missing != null) {
            text.append(", ").append(Numbers.count(missing)).append(" missing");
            if (!missingPreview.isEmpty()) {
                text.append(" (").append(String.join(", ", missingPreview)).append(missing > missingPreview.size() ? ", …)" : ")");
            }
        }
        if (!unmapped.isEmpty()) {
            text.append("; columns not copied: ").append(String.join("; ", unmapped));
        }
        if (notCopyable != null) {
            text.append("; ").append(notCopyable);
        }
        return text.toString();
    }
}
