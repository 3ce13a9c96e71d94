package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup commands as separate processes, exactly as a user, cron or CI runs them: their own
 * {@code FIREBREAK_HOME}, the password only in a 0600 {@code PGPASSFILE}.
 */
class BackupCliTest {
    @TempDir
    Path tmp;

    String shop;
    Map<String, String> environment;

    @BeforeEach
    void shopAndProfile() {
        shop = ShopDatabase.create();
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", tmp.resolve("home").toString());
        assertThat(firebreak("profile", "add", "shop", "--db", url()).exitCode()).isZero();
    }

    @Test
    void backupBadMigrationCompareReplaceRestoreAndUndo() throws IOException {
        ProcessResult backup = firebreak("backup", "--profile", "shop");
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        String id = backup.stdout().trim();
        assertThat(id).matches("\\d{8}-\\d{6}-[0-9a-f]{4}");
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        assertThat(firebreak("backups", "compare", id).stdout())
                .contains("customers: 1,247 in backup, 0 now", "orders: 3,741 in backup, table missing now");
        JsonNode list = new ObjectMapper().readTree(firebreak("backups", "list", "--profile", "shop", "--format", "json").stdout());
        assertThat(list.get(0).get("id").asText()).isEqualTo(id);
        assertThat(list.get(0).get("tables").get(0).get("rows").asLong()).isEqualTo(ShopDatabase.CUSTOMERS);

        ProcessResult refused = firebreakWithInput("not-the-name\n", "restore", "--latest", "--profile", "shop", "--mode", "replace");
        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.stderr()).contains("Type the database name", "nothing was restored");
        assertThat(ShopDatabase.customers(shop)).isZero();

        ProcessResult restore = firebreakWithInput(shop + "\n", "restore", id, "--profile", "shop", "--mode", "replace");
        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.orders(shop)).isEqualTo(ShopDatabase.ORDERS);
        String undo = restore.stdout().lines().filter(line -> line.startsWith("Undo: firebreak ")).findFirst().orElseThrow();

        ProcessResult undone = firebreakWithInput(shop + "\n", undo.substring("Undo: firebreak ".length()).split(" "));
        assertThat(undone.exitCode()).as(undone.stderr()).isZero();
        assertThat(ShopDatabase.customers(shop)).isZero();
    }

    @Test
    void verifyRecordsTheDrillAndADamagedArchiveFailsWithExitOne() throws Exception {
        String id = firebreak("backup", "--db", url(), "--label", "pre-push").stdout().trim();

        ProcessResult full = firebreak("verify", id);
        assertThat(full.exitCode()).as(full.stderr()).isZero();
        assertThat(full.stdout()).contains("Verification passed: Test restore matched all 2 tables (4,988 rows)");
        assertThat(firebreak("backups", "list").stdout()).contains(id, "pre-push", "restore verification passed");

        Path archive;
        try (Stream<Path> files = Files.walk(tmp.resolve("home/backups"))) {
            archive = files.filter(file -> file.toString().endsWith(".dump")).findFirst().orElseThrow();
        }
        Files.write(archive, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        ProcessResult quick = firebreak("verify", id, "--quick");
        assertThat(quick.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(quick.stderr()).contains("Verification failed", "is damaged");
        ProcessResult restore = firebreak("restore", id, "--db", url(), "--mode", "new");
        assertThat(restore.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(restore.stderr()).contains("no database was touched");
    }

    @Test
    void aDirectoryBackupWithTwoJobsIsListedAndRestoresAsANewDatabase() throws IOException {
        ProcessResult backup = firebreak("backup", "--profile", "shop", "--format", "directory", "--jobs", "2");
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        String id = backup.stdout().trim();
        JsonNode listed = new ObjectMapper().readTree(firebreak("backups", "list", "--format", "json").stdout()).get(0);
        assertThat(listed.get("format").asText()).isEqualTo("directory");
        assertThat(listed.get("jobs").asInt()).isEqualTo(2);
        assertThat(tmp.resolve("home/backups/shop/" + id + ".dir/toc.dat")).isRegularFile();

        ProcessResult restore = firebreak("restore", id, "--profile", "shop", "--mode", "new");

        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        String restored = restore.stdout().replaceFirst("(?s).*new database (\\S+) .*", "$1");
        assertThat(ShopDatabase.customers(restored)).isEqualTo(ShopDatabase.CUSTOMERS);
    }

    @Test
    void severalJobsWithoutTheDirectoryFormatOrAnUnknownFormatAreUsageErrors() {
        ProcessResult jobs = firebreak("backup", "--profile", "shop", "--jobs", "2");
        assertThat(jobs.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(jobs.stderr()).contains("add --format directory");
        ProcessResult format = firebreak("backup", "--profile", "shop", "--format", "tar");
        assertThat(format.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(format.stderr()).contains("Unknown archive format 'tar'");
        assertThat(firebreak("backups", "list", "--format", "json").stdout().trim()).isEqualTo("[ ]");
    }

    @Test
    void inputErrorsExitTwoAndAPasswordInTheUrlIsRefused() {
        assertThat(firebreak("backup").exitCode()).isEqualTo(Cli.USAGE);
        ProcessResult password = firebreak("backup", "--db", "postgresql://" + TestPostgres.USER + ":secret@localhost/" + shop);
        assertThat(password.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(password.stderr()).contains("contains a password").doesNotContain("secret");
        assertThat(firebreak("backup", "--profile", "nope").stderr()).contains("No connection profile named 'nope'");
    }

    @Test
    void aBackupProcessKilledWithSigkillLeavesNoBackupInTheCatalog() throws Exception {
        Process backup = startBackupAndWaitUntilWriting();

        backup.destroyForcibly().waitFor();

        ProcessResult list = firebreak("backups", "list", "--profile", "shop", "--format", "json");
        assertThat(list.stdout().trim()).isEqualTo("[ ]");
    }

    @Test
    void aTerminatedBackupCancelsAndRemovesItsTemporaryFile() throws Exception {
        Process backup = startBackupAndWaitUntilWriting();

        backup.destroy();

        assertThat(backup.waitFor()).isNotZero();
        assertThat(hasPartialArchive(tmp.resolve("home/backups/shop"))).as("SIGTERM cleans up like Cancel").isFalse();
        assertThat(firebreak("backups", "list", "--profile", "shop", "--format", "json").stdout().trim()).isEqualTo("[ ]");
    }

    private Process startBackupAndWaitUntilWriting() throws Exception {
        TestPostgres.superuser(shop, "CREATE TABLE big AS SELECT i, md5(i::text) AS filler FROM generate_series(1, 1000000) i");
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of("backup", "--profile", "shop"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("backup.log").toFile());
        builder.environment().putAll(environment);
        Process backup = builder.start();
        Path profileDir = tmp.resolve("home/backups/shop");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!hasPartialArchive(profileDir) && backup.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(hasPartialArchive(profileDir)).as("the backup was writing when it was stopped").isTrue();
        return backup;
    }

    private static boolean hasPartialArchive(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".partial"));
        }
    }

    private String url() {
        return "postgresql://" + TestPostgres.USER + "@localhost:" + TestPostgres.server().getPort() + "/" + shop + "?sslmode=disable";
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command);
    }

    private ProcessResult firebreakWithInput(String input, String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command, input);
    }
}
