package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.retention.RetentionPolicy;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention over real backups of a real database in a real local store; only the clock is chosen. */
class PruneJobTest {
    private static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");

    @TempDir
    Path tmp;

    Database database;

    @BeforeEach
    void shop() {
        database = TestPostgres.database(tmp, "shop", ShopDatabase.create());
    }

    @Test
    void pruneDeletesManifestAndArchiveOfWhatThePlanDropsAndJournalsIt() throws Exception {
        BackupManifest ancient = backupAt("2025-06-01T02:00:00Z");
        BackupManifest old = backupAt("2025-06-02T02:00:00Z");
        BackupManifest recent = backupAt("2026-11-30T02:00:00Z");
        Engines engines = Engines.in(tmp, Clock.fixed(NOW, ZoneOffset.UTC));
        PruneJob job = engines.engine().prune("shop", RetentionPolicy.DEFAULT);

        BackupEvents.BackupsPruned pruned = job.delete(job.plan());

        assertThat(pruned.backupIds()).containsExactly(old.id(), ancient.id());
        assertThat(pruned.bytesFreed()).isEqualTo(old.sizeBytes() + ancient.sizeBytes());
        assertThat(engines.events()).containsExactly(pruned);
        assertThat(pruned.summary()).startsWith("Retention deleted 2 backups of shop, ");
        assertThat(engines.store().list("shop")).containsExactly(recent);
        for (BackupManifest gone : List.of(ancient, old)) {
            assertThat(engines.store().archiveFile(gone)).doesNotExist();
            assertThat(engines.store().manifestFile(gone)).doesNotExist();
        }
        assertThat(engines.store().archiveFile(recent)).exists();
        assertThat(job.delete(job.plan()).backupIds()).as("nothing left to prune").isEmpty();
        assertThat(engines.events()).hasSize(1);
    }

    @Test
    void aDrillThatFinishesAfterThePruneCannotBringTheBackupBack() {
        BackupManifest doomed = backupAt("2025-06-01T02:00:00Z");
        LocalBackupStore store = Engines.in(tmp).store();
        store.delete(doomed.id());

        assertThatThrownBy(() -> store.update(doomed.withVerification(Verification.of(NOW, VerificationKind.QUICK, true, "ok"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("was deleted meanwhile");
        assertThat(store.list(null)).isEmpty();
        assertThat(store.manifestFile(doomed)).doesNotExist();
    }

    @Test
    void anArchiveLeftByACrashBetweenTheTwoDeletionsIsNotListed() throws Exception {
        BackupManifest backup = backupAt("2025-06-01T02:00:00Z");
        LocalBackupStore store = Engines.in(tmp).store();
        Files.delete(store.manifestFile(backup)); // the first step of delete()

        assertThat(store.list("shop")).isEmpty();
        assertThat(store.find(backup.id())).isEmpty();
        assertThatThrownBy(() -> store.delete(backup.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("No backup with id '" + backup.id() + "'");
    }

    private BackupManifest backupAt(String finished) {
        Clock then = Clock.fixed(Instant.parse(finished), ZoneOffset.UTC);
        return Engines.in(tmp, then).engine().backup(database, BackupLabel.SCHEDULED).call(ProgressMonitor.NONE);
    }
}
