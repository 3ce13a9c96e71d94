package dev.firebreak.backup.tables;

import dev.firebreak.core.Numbers;
import java.util.List;

/** A tables restore: the chosen tables of backup {@code backupId} now sit in {@code sideSchema} of {@code database}. */
public record TablesRestored(String backupId, String database, String sideSchema, List<TableDifference> tables) {
    public TablesRestored {
        tables = List.copyOf(tables);
    }

    public String summary() {
        return "Backup " + backupId + ": " + String.join(", ", tables.stream().map(TableDifference::table).toList())
                + " restored into side schema " + sideSchema + " of " + database + "; missing live: "
                + String.join(", ", tables.stream().map(table -> table.table() + " "
                        + (table.missing() == null ? "unknown" : Numbers.count(table.missing()))).toList());
    }
}
