package dev.firebreak.backup.store;

import dev.firebreak.backup.manifest.BackupManifest;
import java.util.List;

/** A local store's manifests, read in one pass: the usable backups and those whose manifest is damaged. */
public record StoreContents(List<BackupManifest> backups, List<DamagedBackup> damaged) {
    public StoreContents {
        backups = List.copyOf(backups);
        damaged = List.copyOf(damaged);
    }
}
