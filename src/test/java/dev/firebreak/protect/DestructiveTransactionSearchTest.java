package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.testing.WalStreaming;
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
 * {@code pitr find} on the suite's real PostgreSQL 15: a protected database, WAL streamed by the real pg_receivewal,
 * destructive statements committed, and the machine's pg_waldump reading what was received.
 */
class DestructiveTransactionSearchTest {
    @TempDir
    Path tmp;

    private WalStreaming streaming;

    @AfterEach
    void stopStreaming() throws InterruptedException {
        if (streaming != null) {
            streaming.close();
        }
    }

    /** One statement's transaction: its xid and the WAL position before it began and after it committed. */
    record Committed(long xid, Lsn before, Lsn after) {
    }

    @Test
    void dropTruncateAndDeleteEverythingAreListedInOrderWithTheTargetJustBeforeEachAndNothingElse() throws Exception {
        String name = "find_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("pitr_find");
        TestPostgres.superuser(shop,
                "CREATE TABLE customers (id bigserial PRIMARY KEY, name text)",
                "CREATE TABLE orders (id bigserial PRIMARY KEY, item text, note text)",
                "CREATE TABLE events (id bigserial PRIMARY KEY, what text)",
                "CREATE TABLE notes (id bigserial PRIMARY KEY, body text)",
                "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 120) g",
                "INSERT INTO orders (item) SELECT 'order ' || g FROM generate_series(1, 300) g",
                "INSERT INTO events (what) SELECT 'event ' || g FROM generate_series(1, 40) g",
                "INSERT INTO notes (body) SELECT 'note ' || g FROM generate_series(1, 100) g");
        // the base backup's catalog counts rows as the server's statistics do, which a session sends when it ends
        WalStreaming.awaitTrue(() -> TestPostgres.count(shop, "SELECT sum(n_live_tup) FROM pg_stat_user_tables") == 560);
        Database database = TestPostgres.database(tmp, name, shop);
        ProtectionService service = new ProtectionService(new ProtectionStore(tmp.resolve("home/protect")),
                PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        BaseBackup backup = service.enable(database, ProgressMonitor.NONE).baseBackup();
        streaming = WalStreaming.start(service, database);

        Committed drop = commit(shop, "DROP TABLE customers");
        Committed truncate = commit(shop, "TRUNCATE orders");
        commit(shop, "DELETE FROM notes WHERE id <= 5"); // 5 of 100 rows: an ordinary delete
        Committed delete = commit(shop, "DELETE FROM events");
        TestPostgres.superuser(shop, "VACUUM FULL notes"); // a new file for notes, no row lost
        commit(shop, "INSERT INTO events (what) VALUES ('after')");
        Lsn switched = Lsn.parse(query(shop, "SELECT pg_switch_wal()"));
        awaitSegment(service, name, switched);

        SearchReport report = service.findDestructive(database, new SearchRequest(null, null, Thresholds.DEFAULT),
                ProgressMonitor.NONE);

        assertThat(report.baseBackup()).isEqualTo(backup.id());
        assertThat(report.readUpTo().isAtLeast(delete.after())).isTrue();
        assertThat(report.warnings()).isEmpty();
        List<DestructiveTransaction> found = report.transactions();
        assertThat(found).extracting(DestructiveTransaction::xid, DestructiveTransaction::kind, DestructiveTransaction::tables)
                .containsExactly(tuple(drop.xid(), DamageKind.DROP, List.of("public.customers")),
                        tuple(truncate.xid(), DamageKind.TRUNCATE, List.of("public.orders")),
                        tuple(delete.xid(), DamageKind.DELETE, List.of("public.events")));
        assertThat(found).flatExtracting(DestructiveTransaction::damage).extracting(TableDamage::rows)
                .containsExactly(120L, 300L, 40L);
        List<Committed> statements = List.of(drop, truncate, delete);
        for (int i = 0; i < found.size(); i++) {
            Lsn commit = found.get(i).lsn(); // replay stops before this record: the statement is undone, all before kept
            assertThat(commit.isAtLeast(statements.get(i).before())).as("commit of %s after it began", found.get(i)).isTrue();
            assertThat(commit.compareTo(statements.get(i).after())).as("commit of %s before it returned", found.get(i)).isNegative();
            assertThat(commit.isAtLeast(backup.endLsn())).isTrue();
            assertThat(found.get(i).recoveryTarget()).containsExactly("recovery_target_lsn = '" + commit + "'",
                    "recovery_target_inclusive = false");
        }
        assertThat(found.get(0).committedAt()).isBefore(found.get(1).committedAt());

        Path leftover = java.nio.file.Files.createDirectories(service.store().folder(name).resolve("waldump-killed"));
        java.nio.file.Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        assertThat(service.findDestructive(database, new SearchRequest("orders", null, Thresholds.DEFAULT), ProgressMonitor.NONE)
                .transactions()).extracting(DestructiveTransaction::xid).containsExactly(truncate.xid());
        assertThat(service.findDestructive(database, new SearchRequest(null, found.get(1).committedAt(), Thresholds.DEFAULT),
                ProgressMonitor.NONE).transactions()).extracting(DestructiveTransaction::xid)
                .containsExactly(truncate.xid(), delete.xid());

        try (var scratch = java.nio.file.Files.list(service.store().folder(name))) {
            assertThat(scratch.map(path -> path.getFileName().toString()))
                    .as("no scratch folder left, also not one a killed search left a day ago").noneMatch(file -> file.startsWith("waldump-"));
        }

        // the newest transaction sits in the segment pg_receivewal is still writing (.partial): it is found as well
        Committed latest = commit(shop, "DELETE FROM notes");
        streaming.awaitReceived(latest.after());
        assertThat(service.findDestructive(database, new SearchRequest(null, null, Thresholds.DEFAULT), ProgressMonitor.NONE)
                .transactions()).last().extracting(DestructiveTransaction::xid, DestructiveTransaction::kind,
                        transaction -> transaction.damage().get(0).rows())
                .containsExactly(latest.xid(), DamageKind.DELETE, 95L);

        ProtectionService withoutWalDump = new ProtectionService(service.store(), new PgTools(List.of(tmp.resolve("no-tools"))),
                Clock.systemUTC());
        assertThatThrownBy(() -> withoutWalDump.findDestructive(database, new SearchRequest(null, null, Thresholds.DEFAULT),
                ProgressMonitor.NONE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Need pg_waldump 15 (the server is PostgreSQL 15), but none was found")
                .hasMessageContaining("apt-get install postgresql-15 (Debian/Ubuntu");
    }

    @Test
    void aProfileWithoutProtectionOrWithoutWalSaysWhatToRun() throws Exception {
        String name = "nowal_" + ProcessHandle.current().pid();
        String shop = TestPostgres.newDatabase("pitr_nowal");
        Database database = TestPostgres.database(tmp, name, shop);
        ProtectionService service = new ProtectionService(new ProtectionStore(tmp.resolve("home/protect")),
                PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
        SearchRequest all = new SearchRequest(null, null, Thresholds.DEFAULT);

        assertThatThrownBy(() -> service.findDestructive(database, all, ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Profile '" + name + "' is not protected. Enable it first: firebreak protect enable --profile " + name);

        service.enable(database, ProgressMonitor.NONE);
        assertThatThrownBy(() -> service.findDestructive(database, all, ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("No WAL of '" + name + "' has been received since base backup ")
                .hasMessageEndingWith("Stream it with: firebreak protect run --profile " + name);
        service.disable(database);
    }

    private static Committed commit(String database, String sql) throws SQLException {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            Lsn before = Lsn.parse(value(statement, "SELECT pg_current_wal_insert_lsn()"));
            connection.setAutoCommit(false);
            long xid = Long.parseLong(value(statement, "SELECT pg_current_xact_id()"));
            statement.execute(sql);
            connection.commit();
            connection.setAutoCommit(true);
            return new Committed(xid, before, Lsn.parse(value(statement, "SELECT pg_current_wal_insert_lsn()")));
        }
    }

    private static String query(String database, String sql) throws SQLException {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            return value(statement, sql);
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** Until the segment holding {@code lsn} is complete in the store, as after pg_switch_wal. */
    private static void awaitSegment(ProtectionService service, String profile, Lsn lsn) throws InterruptedException {
        long size = service.store().require(profile).segmentSize();
        WalStreaming.awaitTrue(() -> WalArchive.scan(service.store().wal(profile), size).completeUpTo()
                .map(end -> end.isAtLeast(lsn)).orElse(false));
    }
}
