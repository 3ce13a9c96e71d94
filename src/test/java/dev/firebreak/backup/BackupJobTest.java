package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.PasswordRequiredException;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.ArchiveChecksum;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real PostgreSQL 15 database by the machine's real pg_dump. */
class BackupJobTest {
    @TempDir
    Path tmp;

    @Test
    void backupRecordsExactRowCountsChecksumAndBecomesTheNewestInTheCatalog() throws Exception {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        List<String> progress = new ArrayList<>();

        BackupManifest first = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        BackupManifest second = engines.engine().backup(database, BackupLabel.PRE_PUSH).call(recording(progress));

        assertThat(second.tables()).extracting(TableStat::name, TableStat::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customers", (long) ShopDatabase.CUSTOMERS),
                        org.assertj.core.groups.Tuple.tuple("orders", (long) ShopDatabase.ORDERS));
        assertThat(second.tables()).allSatisfy(table -> assertThat(table.bytes()).isPositive());
        assertThat(second.serverVersion()).startsWith("15.");
        assertThat(second.pgDumpVersion()).matches("\\d+\\.\\d+");
        assertThat(second.label()).isEqualTo(BackupLabel.PRE_PUSH);
        Path archive = engines.store().archiveFile(second);
        assertThat(Files.size(archive)).isEqualTo(second.sizeBytes());
        assertThat(ArchiveChecksum.sha256(archive)).isEqualTo(second.sha256());
        assertThat(Files.readAllBytes(archive)).startsWith("PGDMP".getBytes());
        assertThat(engines.engine().catalog("shop")).extracting(BackupManifest::id).containsExactly(second.id(), first.id());
        assertThat(progress).anyMatch(line -> line.contains("public.customers"));
        assertThat(engines.events()).hasSize(2).allMatch(event -> event instanceof BackupEvents.BackupMade);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void rowCountsDescribeExactlyTheArchiveWhileTheAppKeepsWriting() throws Exception {
        String shop = ShopDatabase.create();
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 200000) i");
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        AtomicBoolean backingUp = new AtomicBoolean(true);
        Thread app = new Thread(() -> {
            while (backingUp.get()) {
                TestPostgres.superuser(shop, "INSERT INTO customers (name) VALUES ('new')", "INSERT INTO orders (customer_id, total) VALUES (1, 1)");
            }
        });
        app.start();

        BackupManifest backup;
        try {
            backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        } finally {
            backingUp.set(false);
            app.join();
        }

        assertThat(ShopDatabase.customers(shop)).as("the app wrote during the backup").isGreaterThan(rows(backup, "customers"));
        Verification drill = engines.engine().verify(backup.id(), database, false).call(ProgressMonitor.NONE);
        assertThat(drill.passed()).as(drill.details()).isTrue();
    }

    private static long rows(BackupManifest backup, String table) {
        return backup.tables().stream().filter(stat -> stat.name().equals(table)).findFirst().orElseThrow().rows();
    }

    @Test
    void cancelKillsPgDumpAndLeavesNothingBehind() throws Exception {
        String shop = ShopDatabase.create();
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 300000) i",
                "ALTER TABLE big OWNER TO " + TestPostgres.USER);
        Engines engines = Engines.in(tmp);
        ProgressMonitor cancelOnFirstTable = Monitors.cancelWhen("Dumping");

        assertThatThrownBy(() -> engines.engine().backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .call(cancelOnFirstTable)).isInstanceOf(CancelledException.class);

        assertThat(engines.engine().catalog(null)).isEmpty();
        try (Stream<Path> files = Files.walk(engines.store().root())) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(engines.events()).singleElement().isInstanceOf(BackupEvents.BackupFailed.class);
    }

    @Test
    void wrongPasswordSaysWhoWasRefusedAndWhereThePasswordCameFrom() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Credentials wrong = Credentials.fromEnvironment(TestPostgres.pgpassEnvironment(tmp, "not the password"));
        Database database = new Database(TestPostgres.profile("shop", shop), wrong);

        assertThatThrownBy(() -> engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("refused the login of user '" + TestPostgres.USER + "'")
                .hasMessageContaining(tmp.resolve("pgpass").toString())
                .hasMessageNotContaining("not the password");
        assertThat(engines.engine().catalog(null)).isEmpty();
    }

    @Test
    void noPasswordAnywhereSaysWhichLineToAddToPgpass() {
        String shop = ShopDatabase.create();
        Credentials none = Credentials.fromEnvironment(java.util.Map.of("HOME", tmp.toString()));
        Database database = new Database(TestPostgres.profile("shop", shop), none);

        assertThatThrownBy(() -> Engines.in(tmp).engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE))
                .isInstanceOf(PasswordRequiredException.class)
                .hasMessageContaining("asks user '" + TestPostgres.USER + "' for a password")
                .hasMessageContaining("localhost:" + TestPostgres.server().getPort() + ":" + shop + ":" + TestPostgres.USER + ":<password>");
    }

    @Test
    void missingPgDumpNamesTheServerVersionAndWhatToInstall() throws Exception {
        String shop = ShopDatabase.create();
        Path empty = Files.createDirectories(tmp.resolve("no-tools"));
        Engines engines = Engines.in(tmp, new PgTools(List.of(empty)));

        assertThatThrownBy(() -> engines.engine().backup(TestPostgres.database(tmp, "shop", shop), BackupLabel.MANUAL)
                .call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Need pg_dump 15 or newer because the server of '" + shop + "' is PostgreSQL 15.")
                .hasMessageContaining("no pg_dump was found")
                .hasMessageContaining("apt-get install postgresql-client-15");
        assertThat(engines.engine().catalog(null)).isEmpty();
    }

    private static ProgressMonitor recording(List<String> messages) {
        return new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
