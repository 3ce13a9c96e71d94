package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.tables.RowsCopied;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.backup.tables.TablesRestored;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tables} restore against a real server: restore aside, see what is missing, copy it back. */
class TableRestoreTest {
    @TempDir
    Path tmp;

    String shop;
    Engines engines;
    Database database;
    BackupManifest backup;

    @BeforeEach
    void shopWithABackup() {
        shop = ShopDatabase.create();
        engines = Engines.in(tmp);
        database = TestPostgres.database(tmp, "shop", shop);
    }

    @Test
    void theStoryCustomersDroppedAndReCreatedEmptyAllComeBackAndOrdersAreNotTouched() {
        backUp();
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        TablesRestored restored = engines.engine().restoreTables(backup.id(), database, List.of("customers")).call(ProgressMonitor.NONE);

        assertThat(restored.sideSchema()).matches("firebreak_restore_\\d{8}_\\d{6}");
        assertThat(restored.tables()).singleElement().satisfies(customers -> {
            assertThat(customers.describe()).isEqualTo("customers: 1,247 in backup, 0 live, 1,247 missing (id=1, id=2, id=3, id=4, id=5, …)");
            assertThat(customers.copyable()).isTrue();
        });
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM " + restored.sideSchema() + ".customers")).isEqualTo(1_247);
        assertThat(ShopDatabase.customers(shop)).as("comparing copies nothing yet").isZero();
        assertThat(scratchDatabasesOf(shop)).as("the scratch database is gone").isZero();

        RowsCopied copied = engines.engine().copyMissingRows(database, restored.sideSchema()).call(ProgressMonitor.NONE);

        assertThat(copied.tables()).extracting(RowsCopied.TableCopy::describe).containsExactly("customers: 1,247 rows copied back");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM customers WHERE email = 'c17@example.com' AND id = 17")).isOne();
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM pg_class WHERE relname = 'orders'"))
                .as("orders was not chosen, so it stays as the migration left it").isZero();
        TestPostgres.superuser(shop, "INSERT INTO customers (name) VALUES ('New after the restore')");
        assertThat(TestPostgres.count(shop, "SELECT max(id) FROM customers")).as("the sequence moved past the copied ids")
                .isEqualTo(1_248);
        assertThat(engines.events()).extracting(event -> event.getClass().getSimpleName())
                .containsSubsequence("RestoreStarted", "RestoreTablesAside", "RestoreRowsCopiedBack");
        assertThat(engines.events().get(engines.events().size() - 1).summary())
                .contains("copied back into " + shop, "customers: 1,247 rows copied back");

        engines.engine().dropSideSchema(database, restored.sideSchema());
        assertThat(sideSchemas()).isZero();
    }

    @Test
    void exactlyTheDeletedRowsAreReportedAndCopiedBackWithoutDuplicates() {
        backUp();
        TestPostgres.superuser(shop, "DELETE FROM customers WHERE id BETWEEN 100 AND 109");

        TablesRestored restored = engines.engine().restoreTables(backup.id(), database, List.of("customers", "public.orders"))
                .call(ProgressMonitor.NONE);

        assertThat(restored.tables()).extracting(TableDifference::describe).containsExactly(
                "customers: 1,247 in backup, 1,237 live, 10 missing (id=100, id=101, id=102, id=103, id=104, …)",
                "orders: 3,741 in backup, 3,741 live, 0 missing");
        RowsCopied copied = engines.engine().copyMissingRows(database, restored.sideSchema()).call(ProgressMonitor.NONE);
        assertThat(copied.copied()).isEqualTo(10);
        assertThat(TestPostgres.count(shop, "SELECT count(DISTINCT id) FROM customers")).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.orders(shop)).isEqualTo(ShopDatabase.ORDERS);

        assertThat(engines.engine().copyMissingRows(database, restored.sideSchema()).call(ProgressMonitor.NONE).copied())
                .as("copying twice adds nothing").isZero();
        assertThat(engines.engine().compareSideSchema(database, restored.sideSchema()))
                .extracting(TableDifference::missing).containsExactly(0L, 0L);
    }

    @Test
    void columnsThatChangedLiveAreReportedAndTheMappedOnesCopied() {
        backUp();
        TestPostgres.superuser(shop, "DELETE FROM customers WHERE id <= 3", "DELETE FROM orders WHERE id <= 3",
                "ALTER TABLE customers DROP COLUMN email, ADD COLUMN phone text",
                "ALTER TABLE orders ALTER COLUMN total TYPE text");

        TablesRestored restored = engines.engine().restoreTables(backup.id(), database, List.of("customers", "orders"))
                .call(ProgressMonitor.NONE);
        RowsCopied copied = engines.engine().copyMissingRows(database, restored.sideSchema()).call(ProgressMonitor.NONE);

        assertThat(restored.tables().get(0).unmapped()).containsExactly("email (not in the live table)");
        assertThat(copied.tables()).extracting(RowsCopied.TableCopy::describe).containsExactly(
                "customers: 3 rows copied back; columns not copied: email (not in the live table)",
                "orders: nothing copied, cannot copy: live column total is NOT NULL without a default and has no value "
                        + "in the backup; columns not copied: total (numeric(10,2) in the backup, text live)");
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM customers WHERE id <= 3 AND name LIKE 'Customer %' AND phone IS NULL"))
                .isEqualTo(3);
        assertThat(ShopDatabase.orders(shop)).isEqualTo(ShopDatabase.ORDERS - 3);
    }

    @Test
    void aTableWithoutPrimaryKeyIsComparedByWholeRowsAndNeverCopiedInto() {
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER,
                "CREATE TABLE audit AS SELECT i AS at, 'event ' || i AS what FROM generate_series(1, 50) i");
        backUp();
        TestPostgres.superuser(shop, "DELETE FROM audit WHERE at > 45");

        TablesRestored restored = engines.engine().restoreTables(backup.id(), database, List.of("audit")).call(ProgressMonitor.NONE);
        RowsCopied copied = engines.engine().copyMissingRows(database, restored.sideSchema()).call(ProgressMonitor.NONE);

        assertThat(restored.tables()).singleElement().satisfies(audit -> {
            assertThat(audit.missing()).isEqualTo(5);
            assertThat(audit.copyable()).isFalse();
            assertThat(audit.describe()).startsWith("audit: 50 in backup, 45 live, 5 missing; no primary key: compared by whole rows");
        });
        assertThat(copied.copied()).isZero();
        assertThat(copied.tables().get(0).describe()).contains("nothing copied, no primary key");
        assertThat(TestPostgres.count(shop, "SELECT count(*) FROM audit")).isEqualTo(45);
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnySideSchemaOrScratchDatabaseExists() throws Exception {
        backUp();
        long databases = databaseCount();
        Damage.flipByte(engines.store().archiveFile(backup));

        assertThatThrownBy(() -> engines.engine().restoreTables(backup.id(), database, List.of("customers")).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is damaged");

        assertThat(sideSchemas()).isZero();
        assertThat(databaseCount()).isEqualTo(databases);
        assertThat(engines.events()).last().isInstanceOfSatisfying(BackupEvents.RestoreFinished.class,
                failed -> assertThat(failed.summary()).contains("failed, database untouched", "is damaged"));
    }

    @Test
    void cancellingWhileTheTablesAreCopiedAsideLeavesNoSideSchemaAndNoScratchDatabase() {
        backUp();
        long databases = databaseCount();

        assertThatThrownBy(() -> engines.engine().restoreTables(backup.id(), database, List.of("customers", "orders"))
                .call(Monitors.cancelWhen("Copying orders"))).isInstanceOf(CancelledException.class);

        assertThat(sideSchemas()).isZero();
        assertThat(databaseCount()).isEqualTo(databases);
    }

    @Test
    void anUnknownTableIsRefusedWithTheTablesTheBackupHasAndOnlyOurSchemasAreDropped() {
        backUp();

        assertThatThrownBy(() -> engines.engine().restoreTables(backup.id(), database, List.of("custmers")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageEndingWith("has no table 'custmers'. It has: customers, orders");
        assertThatThrownBy(() -> engines.engine().dropSideSchema(database, "public"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("was not made by a Firebreak tables restore");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
    }

    private void backUp() {
        backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
    }

    private long sideSchemas() {
        return TestPostgres.count(shop, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'firebreak\\_restore\\_%'");
    }

    /** This test's own: the suite's server is shared, and another test may keep scratch databases of its own. */
    private static long scratchDatabasesOf(String database) {
        return TestPostgres.count("postgres", "SELECT count(*) FROM pg_database WHERE starts_with(datname, '" + database
                + "_fbtables_')");
    }

    private static long databaseCount() {
        return TestPostgres.count("postgres", "SELECT count(*) FROM pg_database");
    }
}
