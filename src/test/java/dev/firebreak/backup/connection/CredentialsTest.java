package dev.firebreak.backup.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.Engines;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
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
    void aTypedPasswordReachesPgDumpThroughItsEnvironmentAndNoFileHoldsIt() throws Exception {
        String shop = ShopDatabase.create();
        Credentials typed = Credentials.fromEnvironment(Map.of("PATH", System.getenv("PATH"), "HOME", tmp.toString()))
                .withAskedPassword(TestPostgres.PASSWORD.toCharArray());
        Engines engines = Engines.in(tmp);

        BackupManifest backup = engines.engine().backup(new Database(TestPostgres.profile("shop", shop), typed), BackupLabel.MANUAL)
                .call(ProgressMonitor.NONE);

        assertThat(backup.totalRows()).isEqualTo(ShopDatabase.CUSTOMERS + ShopDatabase.ORDERS);
        assertThat(tmp.resolve("private")).as("no private pgpass file, not even for a while").doesNotExist();
        try (Stream<Path> written = Files.walk(tmp)) {
            assertThat(written.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".dump")))
                    .allSatisfy(file -> assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .doesNotContain(TestPostgres.PASSWORD));
        }
    }

    @Test
    void onlyATypedPasswordIsAddedToTheChildsEnvironmentAndNeverOverALibpqSource() throws Exception {
        Credentials typed = Credentials.fromEnvironment(Map.of("HOME", tmp.toString())).withAskedPassword("pw".toCharArray());
        assertThat(typed.childEnvironment(profile)).containsEntry("PGPASSWORD", "pw").doesNotContainKey("PGPASSFILE");

        assertThat(Credentials.fromEnvironment(Map.of("HOME", tmp.toString())).childEnvironment(profile)).doesNotContainKey("PGPASSWORD");
        Path file = pgpass("*:*:*:app:from-file\n");
        assertThat(Credentials.fromEnvironment(Map.of("PGPASSFILE", file.toString())).withAskedPassword("pw".toCharArray())
                .childEnvironment(profile)).doesNotContainKey("PGPASSWORD");
        assertThat(Credentials.fromEnvironment(Map.of("PGPASSWORD", "env")).withAskedPassword("pw".toCharArray())
                .childEnvironment(profile)).containsEntry("PGPASSWORD", "env");
    }

    private Path pgpass(String... lines) throws Exception {
        Path file = tmp.resolve("pgpass");
        Files.writeString(file, String.join("", lines));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
