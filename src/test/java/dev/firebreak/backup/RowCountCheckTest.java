package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.tables.RowCountCheck;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row counts after a restore do not wait for a table that pg_restore holds locked (ADD PRIMARY KEY locks readers
 * out until its index is built): the other tables are counted meanwhile and the locked one once it is released.
 */
class RowCountCheckTest {
    @TempDir
    Path tmp;

    @Test
    void countsTheOtherTablesWhileOneIsLockedAndTheLockedOneAfter() throws Exception {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        String target = TestPostgres.newDatabase("counted");
        ArchiveRestore.forServer(engines.engine(), 15, backup).into(engines.store().open(backup.id()),
                database.other(target), ProgressMonitor.NONE);
        RowCountCheck check = new RowCountCheck(backup, database.other(target));

        try (Connection restore = database.other(target).connect()) { // in pg_restore's place
            restore.setAutoCommit(false);
            try (Statement statement = restore.createStatement()) {
                statement.execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE");
                check.start();
                check.dataLoaded();
                awaitCountWaitingForLock(database, target, "customers");
                // added after the check counted orders: had it waited for customers first, it would count this row too
                try (Connection other = database.other(target).connect(); Statement insert = other.createStatement()) {
                    insert.execute("INSERT INTO orders (customer_id, total) VALUES (1, 1)");
                }
                statement.execute("INSERT INTO customers (name, email) VALUES ('late', 'late@example.com')");
            }
            restore.commit();
        }

        assertThat(check.mismatches()).extracting(comparison -> comparison.backup().name(), TableComparison::now)
                .containsExactly(tuple("customers", ShopDatabase.CUSTOMERS + 1L));
    }

    /** Until the check's connection has waited for the lock on {@code table} for longer than it does beside pg_restore. */
    private static void awaitCountWaitingForLock(Database database, String target, String table) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            long waiting = TestPostgres.count(target, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'firebreak' AND wait_event_type = 'Lock' AND query LIKE '%" + table + "%'"
                    + " AND now() - query_start > interval '200 milliseconds'");
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the row count never waited for the lock on " + table);
    }
}
