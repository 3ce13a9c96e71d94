package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libpq's password conventions, as JDBC and the child processes see them. */
class CredentialsTest {
    @TempDir
    Path tmp;

    ConnectionProfile profile = new ConnectionProfile("p", "db.example", 5433, "shop", "app", null);

    @Test
    void pgpassLinesMatchFieldByFieldWithWildcardsAndEscapes() throws Exception {
        Path file = pgpass("other:5433:shop:app:wrong\n", "db.example:*:*:app:s3cr\\:et\\\\x\n");

        assertThat(Credentials.fromEnvironment(Map.of("PGPASSFILE", file.toString())).passwordFor(profile)).contains("s3cr:et\\x");
    }

    @Test
    void aPgpassFileOthersCanReadIsIgnoredLikeLibpqDoes() throws Exception {
        Path file = pgpass("*:*:*:*:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(Credentials.fromEnvironment(Map.of("PGPASSFILE", file.toString())).passwordFor(profile)).isEmpty();
    }

    @Test
    void pgpasswordWinsAndHomePgpassIsTheDefault() throws Exception {
        Files.writeString(tmp.resolve(".pgpass"), "*:*:*:*:from-home\n");
        Files.setPosixFilePermissions(tmp.resolve(".pgpass"), PosixFilePermissions.fromString("rw-------"));

        assertThat(Credentials.fromEnvironment(Map.of("HOME", tmp.toString())).passwordFor(profile)).contains("from-home");
        assertThat(Credentials.fromEnvironment(Map.of("HOME", tmp.toString(), "PGPASSWORD", "env")).passwordFor(profile)).contains("env");
    }

    @Test
    void aTypedPasswordReachesPgDumpThroughAPrivateFileThatIsDeletedAfterwards() throws Exception {
        String shop = ShopDatabase.create();
        Credentials typed = Credentials.fromEnvironment(Map.of("PATH", System.getenv("PATH"), "HOME", tmp.toString()))
                .withAskedPassword(TestPostgres.PASSWORD.toCharArray());
        Engines engines = Engines.in(tmp);

        BackupManifest backup = engines.engine().backup(new Database(TestPostgres.profile("shop", shop), typed), BackupLabel.MANUAL)
                .call(ProgressMonitor.NONE);

        assertThat(backup.totalRows()).isEqualTo(ShopDatabase.CUSTOMERS + ShopDatabase.ORDERS);
        try (Stream<Path> left = Files.list(tmp.resolve("private"))) {
            assertThat(left).as("the private pgpass file is gone").isEmpty();
        }
        try (Stream<Path> written = Files.walk(tmp.resolve("backups"))) {
            assertThat(written.filter(file -> file.toString().endsWith(".json")))
                    .allSatisfy(json -> assertThat(Files.readString(json)).doesNotContain(TestPostgres.PASSWORD));
        }
    }

    @Test
    void theChildFileIsOwnerOnly() {
        Credentials typed = Credentials.fromEnvironment(Map.of()).withAskedPassword("pw".toCharArray());

        try (Credentials.ChildEnvironment child = typed.childEnvironment(profile, tmp)) {
            Path file = child.privatePassFile();
            assertThat(child.variables()).containsEntry("PGPASSFILE", file.toString()).doesNotContainValue("pw");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path pgpass(String... lines) throws Exception {
        Path file = tmp.resolve("pgpass");
        Files.writeString(file, String.join("", lines));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
