package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak restore --mode tables} and {@code firebreak side-schema} as separate processes, as a user runs them. */
class TableRestoreCliTest {
    @TempDir
    Path tmp;

    String shop;
    String id;
    Map<String, String> environment;

    @BeforeEach
    void shopWithABackup() {
        shop = ShopDatabase.create();
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", tmp.resolve("home").toString());
        assertThat(firebreak("", "profile", "add", "shop", "--db", "postgresql://" + TestPostgres.USER + "@localhost:"
                + TestPostgres.server().getPort() + "/" + shop + "?sslmode=disable").exitCode()).isZero();
        ProcessResult backup = firebreak("", "backup", "--profile", "shop");
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        id = backup.stdout().trim();
    }

    @Test
    void restoreAsideShowsTheMissingCustomersThenTheSideSchemaCommandCopiesThemBackAfterTheNameIsTypedAndDrops() {
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        ProcessResult restore = firebreak("", "restore", id, "--profile", "shop", "--mode", "tables", "--tables", "customers");

        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        assertThat(restore.stdout()).contains("into side schema firebreak_restore_",
                "customers: 1,247 in backup, 0 live, 1,247 missing (id=1, id=2, id=3, id=4, id=5, …)");
        assertThat(ShopDatabase.customers(shop)).isZero();
        String[] copy = command(restore.stdout(), "Copy the missing rows back: firebreak ");
        String[] drop = command(restore.stdout(), "Drop the side schema:       firebreak ");

        ProcessResult refused = firebreak("not-the-name\n", copy);
        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.stderr()).contains("inserts 1,247 missing rows", "Type the database name", "nothing was copied");
        assertThat(ShopDatabase.customers(shop)).isZero();

        ProcessResult copied = firebreak(shop + "\n", copy);
        assertThat(copied.exitCode()).as(copied.stderr()).isZero();
        assertThat(copied.stdout()).contains("customers: 1,247 rows copied back", "Copied 1,247 rows back into " + shop);
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);

        java.util.regex.Matcher named = java.util.regex.Pattern.compile("side schema (firebreak_restore_[0-9_]+)")
                .matcher(restore.stdout());
        assertThat(named.find()).isTrue();
        String schema = named.group(1);
        ProcessResult dryRun = firebreak("", "prune", "--dry-run", "--profile", "shop");
        assertThat(dryRun.stdout()).as(dryRun.stderr()).contains("kept    " + schema + "  a table restore's side schema; "
                + "drop it with firebreak side-schema " + schema + " --profile shop --drop");
        assertThat(firebreak("", "prune", "--profile", "shop").exitCode()).isZero();
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'"))
                .as("prune keeps side schemas: the user compares them").isOne();

        assertThat(firebreak("", drop).exitCode()).isZero();
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'firebreak%'")).isZero();
        assertThat(firebreak("", drop).stderr()).as("dropping twice says why").contains("There is no schema");
    }

    @Test
    void copyMissingWithYesRestoresExactlyTheDeletedRowsInOneRun() {
        TestPostgres.superuser(shop, "DELETE FROM customers WHERE id % 100 = 0");

        ProcessResult restore = firebreak("", "restore", "--latest", "--profile", "shop", "--mode", "tables",
                "--tables", "customers,orders", "--copy-missing", "--yes");

        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        assertThat(restore.stdout()).contains("customers: 12 rows copied back", "orders: 0 rows copied back");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
    }

    @Test
    void misuseExitsTwoAndADamagedArchiveExitsOne() throws Exception {
        assertThat(firebreak("", "restore", id, "--profile", "shop", "--mode", "tables").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(firebreak("", "restore", id, "--profile", "shop", "--mode", "new", "--tables", "customers").exitCode())
                .isEqualTo(Cli.USAGE);
        ProcessResult unknown = firebreak("", "restore", id, "--profile", "shop", "--mode", "tables", "--tables", "nope");
        assertThat(unknown.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(unknown.stderr()).contains("has no table 'nope'. It has: customers, orders");
        assertThat(firebreak("", "side-schema", "public", "--profile", "shop", "--drop").stderr())
                .contains("was not made by a Firebreak tables restore");

        try (var files = java.nio.file.Files.walk(tmp.resolve("home/backups"))) {
            Path archive = files.filter(file -> file.toString().endsWith(".dump")).findFirst().orElseThrow();
            java.nio.file.Files.write(archive, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        }
        ProcessResult damaged = firebreak("", "restore", id, "--profile", "shop", "--mode", "tables", "--tables", "customers");
        assertThat(damaged.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(damaged.stderr()).contains("is damaged");
    }

    private static String[] command(String stdout, String prefix) {
        return stdout.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length()).split(" ");
    }

    private ProcessResult firebreak(String input, String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command, input);
    }
}
