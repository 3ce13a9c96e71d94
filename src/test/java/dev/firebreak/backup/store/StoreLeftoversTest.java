package dev.firebreak.backup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.Manifests;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an interrupted backup leaves is found and removed; a backup still being written and finished ones are not. */
class StoreLeftoversTest {
    @TempDir
    Path tmp;

    @Test
    void theFilesOfDeadBackupsAreLeftoversAndGoWhileLiveAndFinishedBackupsStay() throws Exception {
        LocalBackupStore store = new LocalBackupStore(tmp);
        Path shop = Files.createDirectories(tmp.resolve("shop"));
        BackupManifest kept = Manifests.finishedAt("shop", "2026-11-30T02:00:00Z");
        Files.writeString(store.archiveFile(kept), "archive");
        Files.write(store.manifestFile(kept), ManifestJson.write(kept));
        Files.write(shop.resolve(".a.dump.partial"), new byte[100]); // pg_dump killed mid-way ...
        Files.createFile(shop.resolve(".a.writing")); // ... with the lock of its dead process
        Files.write(shop.resolve("b.dump"), new byte[40]); // killed between the archive and its manifest
        Files.write(Files.createDirectories(shop.resolve(".c.dir.partial")).resolve("toc.dat"), new byte[10]);
        Path staleTemp = Files.createFile(shop.resolve(".d.firebreak4711.tmp"));
        Files.setLastModifiedTime(staleTemp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Files.createFile(shop.resolve(".e.firebreak4712.tmp")); // a manifest being written right now
        PendingArchive live = store.create("shop", "f");

        assertThat(store.leftovers(null)).extracting(leftover -> leftover.path().getFileName().toString(), Leftover::bytes)
                .containsExactly(Tuple.tuple(".a.dump.partial", 100L),
                        Tuple.tuple(".a.writing", 0L),
                        Tuple.tuple(".c.dir.partial", 10L),
                        Tuple.tuple(".d.firebreak4711.tmp", 0L),
                        Tuple.tuple("b.dump", 40L));
        assertThat(store.leftovers("shop")).filteredOn(leftover -> leftover.path().endsWith("b.dump"))
                .singleElement().extracting(Leftover::what).asString().contains("without its manifest");

        assertThat(store.removeLeftovers(store.leftovers(null))).isEqualTo(150);

        assertThat(store.leftovers(null)).isEmpty();
        assertThat(store.list("shop")).containsExactly(kept);
        assertThat(live.tempFile()).exists();
        assertThat(shop.resolve(".e.firebreak4712.tmp")).exists();
        live.abort();
        assertThat(shop.resolve(".f.writing")).doesNotExist();
        assertThat(store.leftovers(null)).isEmpty();
    }
}
