package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.GitRepo;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firebreak guard} as the CI step before the migrations: a separate process against the real test server and
 * a real git repository, its own {@code FIREBREAK_HOME}, the password only in a 0600 {@code PGPASSFILE}.
 */
class GuardCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    String shop;
    GitRepo repo;
    String deployed;
    Map<String, String> environment;

    @BeforeEach
    void shopRepositoryAndProfile() {
        shop = ShopDatabase.create();
        repo = GitRepo.withRemote(tmp);
        deployed = repo.commit("db/migrations/V1__shop.sql",
                "CREATE TABLE IF NOT EXISTS customers (id serial PRIMARY KEY, name text NOT NULL, email text);\n", "Shop schema");
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", repo.firebreakHome().toString());
        environment.put("HOME", tmp.resolve("home").toString());
        ProcessResult profile = firebreak("profile", "add", "shop", "--db", "postgresql://" + TestPostgres.USER
                + "@localhost:" + TestPostgres.server().getPort() + "/" + shop + "?sslmode=disable");
        assertThat(profile.exitCode()).as(profile.stderr()).isZero();
    }

    @Test
    void aDropOfLiveCustomersIsBlockedWithTheirRowCountAndNothingHappens() {
        repo.commit("db/migrations/V2__drop_customers.sql", "DROP TABLE customers;\n", "Drop the old customers table");

        ProcessResult guard = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), "--since", deployed);

        assertThat(guard.exitCode()).as(guard.output()).isEqualTo(Cli.FAILED);
        assertThat(guard.stdout()).contains("BLOCKED", "db/migrations/V2__drop_customers.sql:1:1",
                "drops table `customers`", "`customers`: 1,247 rows in production", "--approve");
        assertThat(guard.stdout()).doesNotContain("V1__shop.sql");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(firebreak("backups", "list", "--format", "json").stdout().trim()).isEqualTo("[ ]");
        assertThat(repo.firebreakHome().resolve("deploys")).as("a blocked deploy is not recorded").doesNotExist();
    }

    @Test
    void anApprovedDestructiveDeployGetsAVerifiedPreDeployBackupAndARestorePointOnTheTimeline() throws IOException {
        String commit = repo.commit("db/migrations/V2__drop_orders.sql", "DROP TABLE orders;\nTRUNCATE customers;\n",
                "Retire orders");
        environment.put(GuardCommand.APPROVE_ENV, "CHG-42 approved by Ana: orders moved to the billing service");

        ProcessResult guard = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), "--since", deployed,
                "--format", "json");

        assertThat(guard.exitCode()).as(guard.output()).isZero();
        JsonNode report = JSON.readTree(guard.stdout());
        assertThat(report.get("verdict").asText()).isEqualTo("approved");
        assertThat(report.get("commit").asText()).isEqualTo(commit);
        assertThat(report.get("findings")).hasSize(2);
        assertThat(report.get("findings").get(0).get("tables").get(0).get("name").asText()).isEqualTo("orders");
        assertThat(report.get("findings").get(0).get("tables").get(0).get("rows").asLong()).isEqualTo(ShopDatabase.ORDERS);
        assertThat(report.get("findings").get(1).get("tables").get(0).get("rows").asLong()).isEqualTo(ShopDatabase.CUSTOMERS);
        String backupId = report.get("backup").asText();
        JsonNode point = report.get("restorePoint");
        assertThat(point.get("backupId").asText()).isEqualTo(backupId);
        assertThat(point.get("walLsn").asText()).matches("[0-9A-F]+/[0-9A-F]+");
        assertThat(point.get("reason").asText()).startsWith("CHG-42");

        JsonNode backup = JSON.readTree(firebreak("backups", "list", "--profile", "shop", "--format", "json").stdout()).get(0);
        assertThat(backup.get("id").asText()).isEqualTo(backupId);
        assertThat(backup.get("label").asText()).isEqualTo("pre-deploy");
        assertThat(backup.toString()).contains("quick", "passed");
        assertThat(ShopDatabase.orders(shop)).as("the guard itself changes no data").isEqualTo(ShopDatabase.ORDERS);

        try (Journal journal = Journal.local(new FirebreakHome(repo.firebreakHome()), Clock.systemUTC())) {
            Entry entry = journal.entries().stream().filter(e -> e.source() == EntrySource.DEPLOY).findFirst().orElseThrow();
            assertThat(entry.id()).isEqualTo(point.get("timelineEntry").asLong());
            assertThat(entry.kind()).isEqualTo(EntryKind.DECISION);
            assertThat(entry.text()).contains(commit.substring(0, 12), "Retire orders", backupId,
                    point.get("walLsn").asText(), "CHG-42 approved by Ana", "firebreak restore " + backupId + " --profile shop");
        }
    }

    @Test
    void aHarmlessMigrationPassesWithoutABackup() {
        repo.commit("db/migrations/V2__notes.sql", "ALTER TABLE customers ADD COLUMN note text;\n", "Customer notes");

        ProcessResult guard = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), "--since", deployed);

        assertThat(guard.exitCode()).as(guard.output()).isZero();
        assertThat(guard.stdout()).contains("Checked 1 migration changed since " + deployed.substring(0, 12), "PASS");
        assertThat(firebreak("backups", "list", "--format", "json").stdout().trim()).isEqualTo("[ ]");
    }

    @Test
    void sinceLintsOnlyTheChangedMigrationsAndTheNextGuardStartsFromTheRecordedDeploy() throws IOException {
        String old = repo.commit("db/migrations/V2__cleanup.sql", "DELETE FROM orders;\n", "An old cleanup, long deployed");
        repo.commit("db/migrations/V3__index.sql", "CREATE INDEX CONCURRENTLY customers_email ON customers (email);\n", "Index");
        Path migrations = repo.dir().resolve("db/migrations");

        ProcessResult everything = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), migrations.toString());
        assertThat(everything.exitCode()).as("without a known deploy every migration counts").isEqualTo(Cli.FAILED);
        assertThat(everything.stdout()).contains("no previous deploy known", "deletes every row of `orders`",
                "`orders`: 3,741 rows in production");

        ProcessResult first = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), "--since", old,
                "--format", "json", migrations.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        JsonNode report = JSON.readTree(first.stdout());
        assertThat(report.get("files")).hasSize(1);
        assertThat(report.get("files").get(0).asText()).endsWith("V3__index.sql");

        String next = repo.commit("db/migrations/V4__phone.sql", "ALTER TABLE customers ADD COLUMN phone text;\n", "Phone");
        ProcessResult second = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), migrations.toString());
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.stdout()).contains("Checked 1 migration changed since ", "(deployed by the previous guard)", "PASS");

        repo.commit("db/migrations/V5__drop_phone.sql", "ALTER TABLE customers DROP COLUMN phone;\n", "No phones after all");
        ProcessResult third = firebreak("guard", "--profile", "shop", "--repo", repo.dir().toString(), "--format", "json");
        assertThat(third.exitCode()).as(third.output()).isEqualTo(Cli.FAILED);
        JsonNode blocked = JSON.readTree(third.stdout());
        assertThat(blocked.get("since").asText()).isEqualTo(next);
        assertThat(blocked.get("verdict").asText()).isEqualTo("blocked");
        JsonNode table = blocked.get("findings").get(0).get("tables");
        assertThat(table).as("the column is not a table").hasSize(1);
        assertThat(table.get(0).get("name").asText()).isEqualTo("customers");

        Path deploys = repo.firebreakHome().resolve("deploys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(deploys))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(deploys)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
                assertThat(Files.readString(file)).contains(next).doesNotContain(TestPostgres.PASSWORD);
            }
        }
    }

    @Test
    void badInputIsExitTwoWithAMessageAndChangesNothing() throws IOException {
        repo.commit("db/migrations/V2__drop_customers.sql", "DROP TABLE customers;\n", "Drop customers");
        String repoDir = repo.dir().toString();
        Path notARepo = Files.createDirectories(tmp.resolve("plain"));

        assertBadInput(firebreak("guard", "--profile", "nope", "--repo", repoDir), "No connection profile named 'nope'");
        assertBadInput(firebreak("guard", "--profile", "shop", "--repo", notARepo.toString()), "is not inside a git repository");
        assertBadInput(firebreak("guard", "--profile", "shop", "--repo", repoDir, "--since", "no-such-rev"),
                "unknown revision 'no-such-rev'");
        assertBadInput(firebreak("guard", "--profile", "shop", "--repo", repoDir, "--since", deployed,
                repo.dir().resolve("db/missing.sql").toString()), "no such file or directory");
        assertBadInput(firebreak("guard", "--profile", "shop", "--repo", repoDir, "--approve", " "), "--approve needs a reason");
        assertBadInput(firebreak("guard", "--repo", repoDir), "--profile");

        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(firebreak("backups", "list", "--format", "json").stdout().trim()).isEqualTo("[ ]");
    }

    private static void assertBadInput(ProcessResult result, String message) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(Cli.USAGE);
        assertThat(result.stderr()).contains(message).doesNotContain("Exception", "\tat ");
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command);
    }
}
