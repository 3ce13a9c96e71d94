package dev.firebreak.testing;

import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.backup.store.PendingArchive;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Real (tiny) archives committed to a local store, for checks that only read the catalog. */
public final class StoredBackups {
    private StoredBackups() {
    }

    public static void commit(LocalBackupStore store, String profile, String id, Instant finished,
                              List<Verification> verifications) throws IOException {
        commit(store, profile, id, finished, BackupLabel.MANUAL, verifications);
    }

    public static void commit(LocalBackupStore store, String profile, String id, Instant finished, BackupLabel label,
                              List<Verification> verifications) throws IOException {
        PendingArchive archive = store.create(profile, id);
        byte[] bytes = "PGDMP".getBytes();
        archive.write(bytes, bytes.length);
        String sha256 = archive.finish();
        store.commit(archive, new BackupManifest(id, profile, profile, "localhost", 5432, "app", "prefer", "15.15", "15.18",
                ArchiveFormat.CUSTOM, "gzip:6", finished.minusSeconds(5), finished, bytes.length, sha256, List.of(), label,
                "firebreak test", verifications));
    }
}
