package dev.firebreak.ui.backups;

import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.Numbers;

/**
 * One table of the selected backup, with the live count once compared ({@code rowsNow} null after a comparison: the
 * table is gone from the database, as after {@code DROP TABLE}).
 */
public record TableRow(String table, long rowsInBackup, long bytes, boolean compared, Long rowsNow) {
    static TableRow of(TableStat stat) {
        return new TableRow(stat.displayName(), stat.rows(), stat.bytes(), false, null);
    }

    static TableRow of(TableComparison comparison) {
        TableStat stat = comparison.backup();
        return new TableRow(stat.displayName(), stat.rows(), stat.bytes(), true, comparison.now());
    }

    /** Rows the database no longer has (all of them when the table is gone); 0 before a comparison. */
    long missing() {
        return !compared ? 0 : rowsNow == null ? rowsInBackup : Math.max(0, rowsInBackup - rowsNow);
    }

    /** What the "Rows now" column says. */
    String rowsNowText() {
        return !compared ? "" : rowsNow == null ? "table missing" : Numbers.count(rowsNow);
    }
}
