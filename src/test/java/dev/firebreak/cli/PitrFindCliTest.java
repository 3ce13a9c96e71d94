package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.protect.Lsn;
import dev.firebreak.protect.ProtectionService;
import dev.firebreak.protect.ProtectionStore;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.WalStreaming;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firebreak pitr find} as a user runs it, after the story's migration (both tables dropped, customers created
 * again and signed up to) on a protected database whose WAL the real pg_receivewal streams.
 */
class PitrFindCliTest {
    @TempDir
    Path tmp;

    @Test
    void theDeploysTransactionIsListedWithBothTablesItsTimeTheTargetJustBeforeItAndTheJournalNearIt() throws Exception {
        String profile = "story_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("pitr_cli");
        TestPostgres.superuser(shop,
                "CREATE TABLE customers (id bigserial PRIMARY KEY, email text)",
                "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint, total numeric)",
                "INSERT INTO customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 1247) g",
                "INSERT INTO orders (customer_id, total) SELECT g % 1247 + 1, g FROM generate_series(1, 5000) g");
        WalStreaming.awaitTrue(() -> TestPostgres.count(shop, "SELECT sum(n_live_tup) FROM pg_stat_user_tables") == 6247);
        Database database = TestPostgres.database(tmp, profile, shop);
        ProtectionService service = new ProtectionService(ProtectionStore.in(new FirebreakHome(tmp.resolve("home"))),
                PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        service.enable(database, ProgressMonitor.NONE);

        try (Journal journal = Journal.local(new FirebreakHome(tmp.resolve("home")), Clock.systemDefaultZone())) {
            long incident = journal.openIncident("Deploy 4.2", Severity.SEV2, EntrySource.MANUAL).id();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            journal.append(NewEntry.of(incident, now.minusHours(1), EntryKind.NOTE, "standup", EntrySource.MANUAL));
            journal.append(NewEntry.of(incident, now.minusMinutes(2), EntryKind.ACTION,
                    "push to main let through over a block: 'hotfix, reviewed'", EntrySource.PREPUSH));
        }
        long deploy;
        Lsn after;
        try (WalStreaming streaming = WalStreaming.start(service, database)) {
            TestPostgres.superuser(shop, "INSERT INTO orders (customer_id, total) SELECT 1, g FROM generate_series(1, 300) g");
            try (Connection connection = TestPostgres.server().getDatabase("postgres", shop).getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                deploy = Long.parseLong(value(statement, "SELECT pg_current_xact_id()"));
                statement.execute("DROP TABLE IF EXISTS customers; DROP TABLE IF EXISTS orders; "
                        + "CREATE TABLE customers (id bigserial PRIMARY KEY, email text, plan text)");
                connection.commit();
                connection.setAutoCommit(true);
                statement.execute("INSERT INTO customers (email) SELECT 'new' || g || '@example.com' FROM generate_series(1, 5) g");
                after = Lsn.parse(value(statement, "SELECT pg_current_wal_insert_lsn()"));
            }
            streaming.awaitReceived(after);
        }

        ProcessResult text = firebreak("pitr", "find", "--profile", profile);
        assertThat(text.exitCode()).as(text.stderr()).isZero();
        assertThat(text.stdout()).contains("1 destructive transaction, oldest first:", "1. DROP — xid " + deploy + ", committed ",
                "   public.customers: dropped, about 1,247 rows", "   public.orders: dropped, about 5,300 rows");
        ProcessResult json = firebreak("pitr", "find", "--profile", profile, "--format", "json");
        JsonNode list = new ObjectMapper().readTree(json.stdout());
        assertThat(list).hasSize(1);
        JsonNode found = list.get(0);
        assertThat(found.get("xid").asLong()).isEqualTo(deploy);
        assertThat(found.get("kind").asText()).isEqualTo("drop");
        assertThat(found.get("tables")).extracting(JsonNode::asText).containsExactly("public.customers", "public.orders");
        Lsn commit = Lsn.parse(found.get("lsn").asText());
        assertThat(commit.compareTo(after)).isNegative();
        Instant committedAt = Instant.parse(found.get("committedAt").asText());
        assertThat(committedAt).isBetween(Instant.now().minusSeconds(300), Instant.now());
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        assertThat(text.stdout()).contains("committed " + clock.format(committedAt.atZone(ZoneId.of("UTC"))) + " UTC ("
                        + clock.format(committedAt.atZone(ZoneId.of("Europe/Berlin"))) + " Europe/Berlin), commit at LSN " + commit,
                "   Just before it: recovery_target_lsn = '" + commit + "' or recovery_target_xid = '" + deploy
                        + "', with recovery_target_inclusive = false");

        assertThat(text.stdout()).contains("   In the journal within 10 minutes:\n",
                " min before)  action  push to main let through over a block: 'hotfix, reviewed'").doesNotContain("standup");
        assertThat(found.get("journal")).extracting(entry -> entry.get("text").asText())
                .containsExactly("push to main let through over a block: 'hotfix, reviewed'", "Incident opened: Deploy 4.2 (SEV2)");

        ProcessResult orders = firebreak("pitr", "find", "--profile", profile, "--table", "invoices");
        assertThat(orders.stdout()).contains("No transaction dropped, truncated or emptied a table touching invoices.");
    }

    @Test
    void aProfileThatIsNotProtectedIsAPlainError() {
        ProcessResult result = firebreak("pitr", "find", "--profile", "nowhere");
        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.stderr()).contains("firebreak: Profile 'nowhere' is not protected. Enable it first: "
                + "firebreak protect enable --profile nowhere");
        assertThat(result.stdout()).isEmpty();
    }

    private static String value(Statement statement, String sql) throws java.sql.SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private ProcessResult firebreak(String... args) {
        Map<String, String> environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", tmp.resolve("home").toString());
        environment.put("TZ", "Europe/Berlin");
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment, command);
    }
}
