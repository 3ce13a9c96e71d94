package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.DialogService;
import java.time.Instant;

/** What a restore will do, said before it is done; replacing a database asks for its name to be typed. */
final class RestorePlan {
    private RestorePlan() {
    }

    static boolean confirm(DialogService dialogs, ConnectionProfile current, BackupManifest backup, RestoreMode mode, Instant now) {
        String source = "Backup " + backup.id() + " of " + backup.database() + ", taken " + Ages.ago(backup.finishedAt(), now)
                + " (" + Numbers.of(backup.tables().size(), "table") + ", " + Numbers.of(backup.totalRows(), "row") + ").";
        return switch (mode) {
            case NEW -> dialogs.confirm("Restore into a new database",
                    source + "\nIt is restored into a new database next to " + current.database() + "; nothing existing is touched.");
            case REPLACE -> dialogs.confirmByTyping("Replace " + current.database(), source
                    + "\n1. A safety backup of " + current.database() + " is taken first."
                    + "\n2. The backup is restored into a temporary database and its row counts checked."
                    + "\n3. Other sessions are disconnected and the databases are swapped by rename."
                    + "\nThe current database is kept aside, and Undo puts it back.", current.database());
            case TABLES -> throw new IllegalArgumentException("The tables restore has its own dialog: TableRestoreDialog");
        };
    }
}
