package dev.firebreak.ui.backups;

import dev.firebreak.backup.TableComparison;
import dev.firebreak.backup.TableStat;

/** One table of the selected backup, with the live count once compared. */
public record TableRow(String table, long rowsInBackup, long bytes, Long rowsNow) {
    static TableRow of(TableStat stat) {
        return new TableRow(stat.displayName(), stat.rows(), stat.bytes(), null);
    }

    static TableRow of(TableComparison comparison) {
        TableStat stat = comparison.backup();
        return new TableRow(stat.displayName(), stat.rows(), stat.bytes(), comparison.now());
    }
}
