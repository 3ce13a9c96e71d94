package dev.firebreak.backup.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.Manifests;
import dev.firebreak.backup.store.LocalBackupStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A manifest's id and profile become file names: one read from a file must not reach outside its folder. */
class ManifestNameTest {
    @TempDir
    Path tmp;

    private final BackupManifest backup = Manifests.finishedAt("shop", "2026-11-30T02:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"../../outside", "/etc/passwd", "..", "a\\b", "a\u0000b", " "})
    void aTraversingIdIsRefusedWithTheReason(String id) {
        byte[] json = withField("id", backup.id(), id);

        assertThatThrownBy(() -> ManifestJson.read(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a plain name").hasMessageNotContaining("\u0000");
    }

    @Test
    void aTraversingProfileIsRefused() {
        byte[] json = ManifestJson.write(backup);
        String text = new String(json, StandardCharsets.UTF_8).replace("\"profile\" : \"shop\"", "\"profile\" : \"../shop\"");

        assertThatThrownBy(() -> ManifestJson.read(text.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("profile '../shop' is not a plain name");
    }

    @Test
    void aStoreDoesNotOfferABackupWhoseIdPointsOutsideIt() throws Exception {
        LocalBackupStore store = new LocalBackupStore(tmp.resolve("backups"));
        Path victim = Files.writeString(tmp.resolve("victim.dump"), "not a backup");
        Path folder = Files.createDirectories(tmp.resolve("backups").resolve("shop"));
        Files.write(folder.resolve("evil.firebreak"), withField("id", backup.id(), "../../victim"));

        assertThat(store.list(null)).isEmpty();
        assertThat(store.find("../../victim")).isEmpty();
        assertThat(victim).exists();
    }

    @Test
    void anOrdinaryManifestStillReads() throws Exception {
        assertThat(ManifestJson.read(ManifestJson.write(backup))).isEqualTo(backup);
    }

    private byte[] withField(String field, String old, String value) {
        String escaped = value.replace("\\", "\\\\").replace("\u0000", "\\u0000");
        String text = new String(ManifestJson.write(backup), StandardCharsets.UTF_8)
                .replace("\"" + field + "\" : \"" + old + "\"", "\"" + field + "\" : \"" + escaped + "\"");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
