package dev.firebreak.backup.tables;

import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.core.Numbers;

/**
 * One table's rows in a backup against a database now.
 *
 * @param now rows in the database, or null when the table does not exist there
 */
public record TableComparison(TableStat backup, Long now) {
    public boolean matches() {
        return now != null && now == backup.rows();
    }

    /** The table is gone, or holds fewer rows than the backup did. */
    public boolean rowsMissing() {
        return now == null || now < backup.rows();
    }

    /** {@code customers: 1,247 in backup, 0 now}. */
    public String describe() {
        String current = now == null ? "table missing now" : Numbers.count(now) + " now";
        return backup.displayName() + ": " + Numbers.count(backup.rows()) + " in backup, " + current;
    }
}
