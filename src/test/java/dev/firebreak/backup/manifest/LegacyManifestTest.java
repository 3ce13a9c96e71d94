package dev.firebreak.backup.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.Manifests;
import dev.firebreak.backup.store.LocalBackupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before manifests were named {@code <id>.firebreak}: its {@code <id>.json} backups stay usable. */
class LegacyManifestTest {
    @TempDir
    Path tmp;

    private final BackupManifest backup = Manifests.finishedAt("shop", "2026-11-30T02:00:00Z");

    @Test
    void anOldManifestIsListedAndMovesToTheNewNameWhenItChanges() throws Exception {
        LocalBackupStore store = new LocalBackupStore(tmp);
        Path legacy = writeLegacy(store);

        assertThat(store.list("shop")).containsExactly(backup);
        BackupManifest checked =
                backup.withVerification(Verification.of(backup.finishedAt(), VerificationKind.QUICK, true, "ok"));
        store.update(checked);

        assertThat(legacy).doesNotExist();
        assertThat(ManifestJson.read(Files.readAllBytes(store.manifestFile(backup)))).isEqualTo(checked);
        assertThat(store.list(null)).containsExactly(checked);
    }

    @Test
    void aBackupMigratedHalfwayIsListedOnceAndDeletedWhole() throws Exception {
        LocalBackupStore store = new LocalBackupStore(tmp);
        Path legacy = writeLegacy(store);
        Files.copy(legacy, store.manifestFile(backup)); // a crash between writing the new name and deleting the old

        assertThat(store.list(null)).containsExactly(backup);
        store.delete(backup.id());

        assertThat(tmp.resolve("shop")).isEmptyDirectory();
    }

    private Path writeLegacy(LocalBackupStore store) throws Exception {
        Files.createDirectories(tmp.resolve("shop"));
        Files.writeString(store.archiveFile(backup), "archive");
        return Files.write(tmp.resolve("shop").resolve(backup.id() + ".json"), ManifestJson.write(backup));
    }
}
