package dev.firebreak.backup.restore;

import dev.firebreak.core.Numbers;
import java.time.Instant;

/**
 * What a restore did.
 *
 * @param database        the database that now holds the backup's data
 * @param keptAs          replace only: the previous database, renamed and kept for Undo (else null)
 * @param safetyBackupId  replace only: the pre-restore backup of the previous database (else null)
 * @param rows            rows restored, checked against the manifest
 */
public record RestoreOutcome(String backupId, RestoreMode mode, String database, String keptAs, String safetyBackupId,
                             long rows, Instant finishedAt) {
    public String summary() {
        if (mode == RestoreMode.REPLACE) {
            return "Backup " + backupId + " restored into " + database + " (" + Numbers.count(rows) + " rows); previous database kept as "
                    + keptAs + ", safety backup " + safetyBackupId;
        }
        return "Backup " + backupId + " restored into new database " + database + " (" + Numbers.count(rows) + " rows)";
    }
}
