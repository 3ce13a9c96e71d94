package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a restore can go wrong leaves the live database exactly as it was, and no stray databases. */
class RestoreRefusalTest {
    @TempDir
    Path tmp;

    String shop;
    Engines engines;
    Database database;
    BackupManifest backup;
    long databasesBefore;

    @BeforeEach
    void backupThenBreakTheShop() {
        shop = ShopDatabase.create();
        engines = Engines.in(tmp);
        database = TestPostgres.database(tmp, "shop", shop);
        backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        TestPostgres.superuser(shop, "DELETE FROM customers WHERE id > 1000");
        databasesBefore = databaseCount();
    }

    @Test
    void aFlippedByteIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
        Damage.flipByte(engines.store().archiveFile(backup));

        assertThatThrownBy(() -> engines.engine().restore(backup.id(), database, RestoreMode.REPLACE).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is damaged: its SHA-256 is")
                .hasMessageContaining("no database was touched");
        assertUntouched();
        assertThat(engines.engine().catalog(null)).as("not even a safety backup was made").hasSize(1);
        assertThat(engines.events()).last().isInstanceOfSatisfying(BackupEvents.RestoreFinished.class,
                refused -> assertThat(refused.summary()).contains("failed, database untouched", "is damaged"));
    }

    @Test
    void aDamagedArchiveIsReportedAsDamagedWhileTheServerCannotBeReached() throws Exception {
        Damage.flipByte(engines.store().archiveFile(backup));
        ConnectionProfile live = database.profile();
        Database unreachable = new Database(new ConnectionProfile(live.name(), live.host(), 1, live.database(), live.user(),
                live.sslmode()), database.credentials()); // pg_restore is chosen while the archive is hashed: that fails too

        assertThatThrownBy(() -> engines.engine().restore(backup.id(), unreachable, RestoreMode.NEW).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is damaged: its SHA-256 is")
                .hasMessageNotContaining("Cannot reach");
        assertUntouched();
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Damage.truncate(engines.store().archiveFile(backup), 100);

        assertThatThrownBy(() -> engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("truncated");
        assertUntouched();
    }

    @Test
    void cancellingPgRestoreMidwayLeavesTheLiveDatabaseAndNoTemporaryCopy() {
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 300000) i");
        BackupManifest large = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        TestPostgres.superuser(shop, "DROP TABLE big");

        assertThatThrownBy(() -> engines.engine().restore(large.id(), database, RestoreMode.REPLACE)
                .call(Monitors.cancelWhen("Restoring"))).isInstanceOf(CancelledException.class);

        assertUntouched();
        assertThat(engines.events()).filteredOn(BackupEvents.RestoreFinished.class::isInstance).singleElement()
                .satisfies(event -> assertThat(event.summary()).contains("failed, database untouched: cancelled"));
    }

    @Test
    void aFailingSafetyBackupStopsTheReplaceBeforeAnythingChanges() {
        Engines noTools = Engines.in(tmp, new PgTools(java.util.List.of(tmp)));
        noTools.store().root().toFile().mkdirs();
        engines.store().root().toFile().renameTo(noTools.store().root().toFile());

        assertThatThrownBy(() -> noTools.engine().restore(backup.id(), database, RestoreMode.REPLACE).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("The safety backup before the restore failed, so nothing was restored")
                .hasMessageContaining("postgresql-client-15");
        assertUntouched();
    }

    @Test
    void pgRestoreErrorsThatItWouldIgnoreAreAFailureWithTheErrorsShown() {
        String occupied = TestPostgres.newDatabase("occupied");
        TestPostgres.superuser(occupied, "CREATE TABLE customers (id int)");
        VerifiedArchive archive = engines.store().open(backup.id());

        assertThatThrownBy(() -> ArchiveRestore.forServer(engines.engine(), 15, backup)
                .into(archive, database.other(occupied), ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("pg_restore into '" + occupied + "' failed (exit 1)")
                .hasMessageContaining("relation \"customers\" already exists")
                .hasMessageContaining("errors ignored on restore");
    }

    private void assertUntouched() {
        assertThat(ShopDatabase.customers(shop)).isEqualTo(1000);
        assertThat(databaseCount()).isEqualTo(databasesBefore);
    }

    private static long databaseCount() {
        return TestPostgres.count("postgres", "SELECT count(*) FROM pg_database");
    }
}
