package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.ArchiveFile;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.store.ArchiveChecksum;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directory-format archives: {@code pg_dump -Fd -j 2} of a real database, every file checked before a restore. */
class DirectoryBackupTest {
    @TempDir
    Path tmp;

    @Test
    void directoryBackupWithTwoJobsRestoresAsANewDatabaseWithEveryCustomer() throws Exception {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);

        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL)
                .as(ArchiveFormat.DIRECTORY, 2).call(ProgressMonitor.NONE);

        Path folder = engines.store().archiveFile(backup);
        assertThat(backup.format()).isEqualTo(ArchiveFormat.DIRECTORY);
        assertThat(backup.jobs()).isEqualTo(2);
        assertThat(folder).isDirectory().hasFileName(backup.id() + ".dir");
        assertThat(backup.files()).extracting(ArchiveFile::name).contains("toc.dat").isSorted();
        for (ArchiveFile file : backup.files()) {
            assertThat(ArchiveChecksum.sha256(folder.resolve(file.name()))).as(file.name()).isEqualTo(file.sha256());
            assertThat(Files.size(folder.resolve(file.name()))).isEqualTo(file.bytes());
        }
        assertThat(backup.sizeBytes()).isEqualTo(backup.files().stream().mapToLong(ArchiveFile::bytes).sum());
        assertThat(engines.store().open(backup.id()).files()).hasSize(backup.files().size()).allSatisfy(file -> assertThat(file).isRegularFile());

        RestoreOutcome restored = engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE);

        assertThat(ShopDatabase.customers(restored.database())).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.orders(restored.database())).isEqualTo(ShopDatabase.ORDERS);
    }

    @Test
    void aFlippedByteInOneFileIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL)
                .as(ArchiveFormat.DIRECTORY, 2).call(ProgressMonitor.NONE);
        ArchiveFile largest = backup.files().stream().max(Comparator.comparingLong(ArchiveFile::bytes)).orElseThrow();
        Damage.flipByte(engines.store().archiveFile(backup).resolve(largest.name()));
        long databases = TestPostgres.count("postgres", "SELECT count(*) FROM pg_database");

        assertThatThrownBy(() -> engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is damaged: the SHA-256 of its file " + largest.name())
                .hasMessageContaining("no database was touched");
        assertThat(TestPostgres.count("postgres", "SELECT count(*) FROM pg_database")).isEqualTo(databases);
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(engines.engine().verify(backup.id(), null, true).call(ProgressMonitor.NONE).passed()).isFalse();
    }

    @Test
    void aFileAddedToTheFolderIsRefusedToo() throws Exception {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        BackupManifest backup = engines.engine().backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .as(ArchiveFormat.DIRECTORY, 1).call(ProgressMonitor.NONE);
        Files.writeString(engines.store().archiveFile(backup).resolve("9999.dat.gz"), "not from pg_dump");

        assertThatThrownBy(() -> engines.store().open(backup.id()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("has files that pg_dump did not write: 9999.dat.gz");
    }

    @Test
    void cancelKillsEveryPgDumpJobAndRemovesTheTemporaryFolder() throws Exception {
        String shop = ShopDatabase.create();
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 300000) i",
                "ALTER TABLE big OWNER TO " + TestPostgres.USER);
        Engines engines = Engines.in(tmp);

        assertThatThrownBy(() -> engines.engine().backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .as(ArchiveFormat.DIRECTORY, 2).call(Monitors.cancelWhen("Dumping")))
                .isInstanceOf(CancelledException.class);

        assertThat(engines.engine().catalog(null)).isEmpty();
        try (Stream<Path> left = Files.walk(engines.store().root())) {
            assertThat(left.filter(path -> !path.equals(engines.store().root()))).singleElement()
                    .as("only the profile's (empty) folder").satisfies(path -> assertThat(path).isEmptyDirectory());
        }
    }

    @Test
    void deletingADirectoryBackupRemovesItsFolder() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        BackupManifest backup = engines.engine().backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .as(ArchiveFormat.DIRECTORY, 1).call(ProgressMonitor.NONE);

        engines.store().delete(backup.id());

        assertThat(engines.engine().catalog(null)).isEmpty();
        assertThat(engines.store().archiveFile(backup)).doesNotExist();
    }

    @Test
    void severalJobsNeedTheDirectoryFormat() {
        Engines engines = Engines.in(tmp);
        BackupJob job = engines.engine().backup(TestPostgres.database(tmp, "shop", "shop"), BackupLabel.MANUAL);

        assertThatThrownBy(() -> job.as(ArchiveFormat.CUSTOM, 2)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("add --format directory");
    }
}
