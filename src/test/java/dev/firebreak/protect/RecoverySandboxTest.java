package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.WalStreaming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitr restore}'s first step on the suite's real PostgreSQL 15: the machine's postgres replays the base backup
 * and the WAL pg_receivewal streamed up to just before the DROP that {@code pitr find} found, from a store whose path
 * holds a space and a quote (restore_command goes through a shell), and is stopped and removed afterwards.
 */
class RecoverySandboxTest {
    @TempDir
    Path tmp;

    private WalStreaming streaming;

    @AfterEach
    void stopStreaming() throws InterruptedException {
        if (streaming != null) {
            streaming.close();
        }
    }

    @Test
    void replaysToJustBeforeTheDropAndLeavesNothingBehind() throws Exception {
        String name = "sandbox_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("pitr_sandbox");
        TestPostgres.superuser(shop,
                "CREATE TABLE customers (id bigserial PRIMARY KEY, name text)",
                "CREATE TABLE orders (id bigserial PRIMARY KEY, item text)",
                "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 120) g",
                "INSERT INTO orders (item) SELECT 'order ' || g FROM generate_series(1, 30) g");
        Database database = TestPostgres.database(tmp, name, shop);
        ProtectionStore store = new ProtectionStore(tmp.resolve("home with 'quote'/protect"));
        ProtectionService service = new ProtectionService(store, PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        VerifyResult verified = service.enable(database, ProgressMonitor.NONE).baseBackup().verified();
        assertThat(verified.ok()).as("%s", verified).isTrue();
        streaming = WalStreaming.start(service, database);
        TestPostgres.superuser(shop, "INSERT INTO customers (name) SELECT 'late ' || g FROM generate_series(1, 7) g",
                "DROP TABLE customers",
                "INSERT INTO orders (item) SELECT 'after ' || g FROM generate_series(1, 12) g");
        streaming.awaitReceived(Lsn.parse(value(shop, "SELECT pg_current_wal_insert_lsn()")));
        DestructiveTransaction drop = service.findDestructive(database, new SearchRequest(null, null, Thresholds.DEFAULT),
                ProgressMonitor.NONE).transactions().get(0);
        assertThat(drop.tables()).containsExactly("public.customers");
        Path leftover = Files.createDirectories(store.folder(name).resolve(SandboxServer.PREFIX + "killed/data"));

        ReplicationTools tools = new ReplicationTools(PgTools.onThisMachine(System.getenv()));
        Path sandboxFolder;
        Path socket;
        try (RecoverySandbox sandbox = RecoverySandbox.open(store, tools, name, database.profile().user(),
                drop.recoveryTarget(), drop.lsn(), ProgressMonitor.NONE)) {
            SandboxServer server = sandbox.server();
            assertThat(server.query(shop, "SELECT count(*) || ' ' || max(name) FROM customers"))
                    .as("the 120 rows of the base backup and the 7 streamed after it, as they were just before the DROP")
                    .isEqualTo("127 late 7");
            assertThat(server.query(shop, "SELECT count(*) FROM orders")).isEqualTo("30");
            assertThat(server.query(shop, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).isEqualTo("0");
            socket = server.socketFolder();
            try (var folders = Files.list(store.folder(name))) {
                sandboxFolder = folders.filter(path -> path.getFileName().toString().startsWith(SandboxServer.PREFIX))
                        .findFirst().orElseThrow();
            }
            assertThat(dev.firebreak.core.PrivateFiles.isPrivate(sandboxFolder)).isTrue();
            assertThat(dev.firebreak.core.PrivateFiles.isPrivate(socket)).isTrue();
        }
        assertThat(leftover.getParent()).as("a killed run's sandbox is removed by the next").doesNotExist();
        assertThat(sandboxFolder).doesNotExist();
        assertThat(socket).doesNotExist();
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM orders")).as("live untouched").isEqualTo(42);
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM pg_tables WHERE tablename = 'customers'")).isZero();
        streaming.close();
        streaming = null;
        service.disable(database);
    }

    @Test
    void aTargetTheWalDoesNotReachStopsTheSandboxWithTheServersReasonAndRemovesIt() throws Exception {
        String name = "sbfail_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("pitr_sbfail");
        Database database = TestPostgres.database(tmp, name, shop);
        ProtectionStore store = new ProtectionStore(tmp.resolve("home/protect"));
        ProtectionService service = new ProtectionService(store, PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        service.enable(database, ProgressMonitor.NONE);
        ReplicationTools tools = new ReplicationTools(PgTools.onThisMachine(System.getenv()));

        assertThatThrownBy(() -> RecoverySandbox.open(store, tools, name, database.profile().user(),
                List.of("recovery_target_lsn = 'FF/0'", "recovery_target_inclusive = false"), null, ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("The sandbox server stopped before it reached the target")
                .hasMessageContaining("recovery ended before configured recovery target was reached");
        try (var left = Files.list(store.folder(name))) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .noneMatch(file -> file.startsWith(SandboxServer.PREFIX) || file.startsWith("waldump-"));
        }
        service.disable(database);
    }

    private static String value(String database, String sql) throws SQLException {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
