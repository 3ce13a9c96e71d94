package dev.firebreak.backup;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.Numbers;
import java.time.Instant;

/** A person deleted one backup (retention's deletions are {@link BackupEvents.BackupsPruned}). */
public record BackupDeleted(Instant at, BackupManifest backup) implements BackupEvents.BackupEvent {
    @Override
    public String summary() {
        return "Backup " + backup.id() + " of " + backup.database() + " (finished " + backup.finishedAt() + ", "
                + Numbers.bytes(backup.sizeBytes()) + ") deleted by hand";
    }
}
