package dev.firebreak.backup.tables;

import dev.firebreak.core.Numbers;
import java.util.List;

/** What copying the missing rows back from a side schema did, table by table (all in one transaction). */
public record RowsCopied(String backupId, String database, String sideSchema, List<TableCopy> tables) {
    public RowsCopied {
        tables = List.copyOf(tables);
    }

    /**
     * @param unmapped  backup columns that were not copied and why
     * @param notCopied why no row of this table was copied, or null
     */
    public record TableCopy(String table, long copied, List<String> unmapped, String notCopied) {
        public TableCopy {
            unmapped = List.copyOf(unmapped);
        }

        /** {@code customers: 1,247 rows copied back}, plus what could not be. */
        public String describe() {
            String text = table + ": " + (notCopied != null ? "nothing copied, " + notCopied
                    : Numbers.count(copied) + (copied == 1 ? " row" : " rows") + " copied back");
            return unmapped.isEmpty() ? text : text + "; columns not copied: " + String.join("; ", unmapped);
        }
    }

    public long copied() {
        return tables.stream().mapToLong(TableCopy::copied).sum();
    }

    public String summary() {
        return "Missing rows of backup " + backupId + " copied back into " + database + " from " + sideSchema + ": "
                + String.join(", ", tables.stream().map(TableCopy::describe).toList());
    }
}
