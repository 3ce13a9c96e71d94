package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Compares a manifest's per-table row counts with a database: after a restore, in a drill, or against live. */
public final class RowCounts {
    private RowCounts() {
    }

    public static List<TableComparison> compare(BackupManifest manifest, Database database) {
        List<TableComparison> comparisons = new ArrayList<>();
        try (Connection connection = database.connect()) {
            TableCounter.countLean(connection);
            for (TableStat table : manifest.tables()) {
                comparisons.add(compare(connection, table));
            }
        } catch (SQLException e) {
            throw SqlFailures.of("Counting rows in " + database.profile().database(), e, "Nothing was changed.");
        }
        return comparisons;
    }

    /** One table's rows in the backup against the connection's database now. */
    static TableComparison compare(Connection connection, TableStat table) throws SQLException {
        OptionalLong now = TableCounter.count(connection, table.schema(), table.name());
        return new TableComparison(table, now.isPresent() ? now.getAsLong() : null);
    }

    static List<TableComparison> mismatches(List<TableComparison> comparisons) {
        return comparisons.stream().filter(comparison -> !comparison.matches()).toList();
    }
}
