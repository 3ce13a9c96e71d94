package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enable, verify and disable against the suite's real PostgreSQL 15 with the machine's pg_basebackup and pg_verifybackup. */
class ProtectionServiceTest {
    @TempDir
    Path tmp;

    private ProtectionService service() {
        return new ProtectionService(new ProtectionStore(tmp.resolve("home/protect")), PgTools.onThisMachine(System.getenv()),
                Clock.systemUTC());
    }

    @Test
    void aRoleWithoutReplicationIsToldWhatToRunAndNothingIsChanged() throws Exception {
        String database = TestPostgres.newDatabase("protect_role");
        String role = "fb_plain_" + ProcessHandle.current().pid();
        TestPostgres.superuser("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + TestPostgres.PASSWORD + "'");
        Path pgpass = tmp.resolve("pgpass");
        Files.writeString(pgpass, "localhost:*:*:" + role + ":" + TestPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Database plain = new Database(new ConnectionProfile("plain", "localhost", TestPostgres.server().getPort(), database,
                role, "disable"), Credentials.fromEnvironment(Map.of("PGPASSFILE", pgpass.toString())));

        assertThatThrownBy(() -> service().enable(plain, ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is not ready for continuous protection. Nothing was changed on it or here.")
                .hasMessageContaining("role " + role + " may not replicate: as a superuser run ALTER ROLE \"" + role
                        + "\" REPLICATION; (or connect as a role that has it).");
        assertThat(TestPostgres.count("postgres", "SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'firebreak_plain'"))
                .isZero();
        assertThat(tmp.resolve("home/protect")).doesNotExist();
    }

    @Test
    void aServerWithoutWalSendersIsToldWhichSettingToChangeAndNothingIsChanged() throws Exception {
        try (EmbeddedPostgres server = TestPostgres.startWith(Map.of("max_wal_senders", "0"))) {
            Database database = new Database(new ConnectionProfile("nosenders", "localhost", server.getPort(), "postgres",
                    TestPostgres.USER, "disable"), Credentials.fromEnvironment(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD)));

            assertThatThrownBy(() -> service().enable(database, ProgressMonitor.NONE))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("The server at localhost:" + server.getPort() + " is not ready")
                    .hasMessageContaining("max_wal_senders is 0: set max_wal_senders = 10 in postgresql.conf and restart the server.");
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet slots = statement.executeQuery("SELECT count(*) FROM pg_replication_slots")) {
                slots.next();
                assertThat(slots.getLong(1)).isZero();
            }
            assertThat(tmp.resolve("home/protect")).doesNotExist();
        }
    }

    @Test
    void enableCreatesTheSlotAndAVerifiedBaseBackupADamagedOneFailsAndDisableDropsTheSlot() throws Exception {
        String name = "shop_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("protect_shop");
        TestPostgres.superuser(shop, "CREATE TABLE orders (id bigserial PRIMARY KEY, item text)");
        long ordersFile = TestPostgres.count(shop, "SELECT relfilenode FROM pg_class WHERE relname = 'orders'");
        Database database = TestPostgres.database(tmp, name, shop);
        ProtectionService service = service();

        ProtectionService.Enabled enabled = service.enable(database, ProgressMonitor.NONE);

        String slot = "firebreak_" + name;
        assertThat(enabled.slotCreated()).isTrue();
        assertThat(slotCount(slot)).isEqualTo(1);
        BaseBackup backup = enabled.baseBackup();
        assertThat(backup.verified().ok()).as(backup.verified().message()).isTrue();
        assertThat(backup.verified().message()).contains("files match the manifest");
        assertThat(backup.timeline()).isEqualTo(1);
        assertThat(backup.endLsn().isAtLeast(backup.startLsn())).isTrue();
        assertThat(backup.sizeBytes()).isPositive();
        Path folder = tmp.resolve("home/protect").resolve(name).resolve("base").resolve(backup.id());
        assertThat(folder.resolve("base.tar.gz")).exists();
        assertThat(folder.resolve("pg_wal.tar.gz")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("firebreak-backup.json"))))
                .isEqualTo("rw-------");
        assertThat(service.store().baseBackups(name)).containsExactly(backup);
        CatalogSnapshot catalog = service.store().catalog(name, backup).orElseThrow();
        assertThat(catalog.database()).isEqualTo(shop);
        assertThat(catalog.relations()).filteredOn(CatalogRelation::heap)
                .extracting(CatalogRelation::fileNode, CatalogRelation::qualifiedName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ordersFile, "public.orders"));
        assertThat(catalog.relations()).filteredOn(relation -> !relation.heap() && relation.tableOid() != 0)
                .as("the primary key index belongs to orders").isNotEmpty();
        try (var files = Files.list(folder.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(backup.id()); // scratch copy removed
        }

        damage(folder.resolve("base.tar.gz"), "PG_VERSION", "14\n");
        BaseBackup checked = service.verify(name, null, ProgressMonitor.NONE);
        assertThat(checked.verified().ok()).isFalse();
        assertThat(checked.verified().message()).startsWith("pg_verifybackup found the base backup damaged: ")
                .contains("checksum mismatch for file \"PG_VERSION\"");
        assertThat(service.status(database, 1L << 30).warnings())
                .anyMatch(warning -> warning.contains("did not pass pg_verifybackup"));

        assertThat(service.disable(database)).isTrue();
        assertThat(slotCount(slot)).isZero();
        assertThat(folder.resolve("base.tar.gz")).exists();
        assertThat(service.store().require(name).enabled()).isFalse();
    }

    @Test
    void aStoreWhosePathAShellWouldReadIsVerifiedWithItsWalAndRunsNothing() throws Exception {
        String name = "odd_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("protect_odd");
        Path odd = Files.createDirectories(tmp.resolve("it's $(touch pwned) `touch too` \"q\""));
        ProtectionService service = new ProtectionService(new ProtectionStore(odd.resolve("protect")),
                PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        Database database = TestPostgres.database(tmp, name, shop);
        try {
            BaseBackup backup = service.enable(database, ProgressMonitor.NONE).baseBackup();

            assertThat(backup.verified().ok()).as(backup.verified().message()).isTrue();
            assertThat(backup.verified().message()).contains("and the WAL parses");
            for (Path where : List.of(Path.of("").toAbsolutePath(), tmp, odd)) {
                assertThat(where.resolve("pwned")).as("nothing ran in " + where).doesNotExist();
                assertThat(where.resolve("too")).doesNotExist();
            }
        } finally {
            service.disable(database);
        }
    }

    private static long slotCount(String slot) {
        return TestPostgres.count("postgres", "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + slot + "'");
    }

    /** Rewrites {@code archive} with {@code entry}'s bytes replaced (same length: only the checksum can notice). */
    private static void damage(Path archive, String entry, String content) throws Exception {
        Path damaged = archive.resolveSibling("damaged.tar.gz");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(damaged));
             TarArchiveOutputStream copy = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            copy.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry next = tar.getNextEntry(); next != null; next = tar.getNextEntry()) {
                byte[] bytes = tar.readAllBytes();
                if (next.getName().equals(entry)) {
                    assertThat(bytes).hasSize(content.length());
                    bytes = content.getBytes(StandardCharsets.US_ASCII);
                }
                copy.putArchiveEntry(next);
                copy.write(bytes);
                copy.closeArchiveEntry();
            }
        }
        Files.move(damaged, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
