package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night the issue describes: a backup, a migration that drops customers and orders, a one-click replace
 * restore that brings every row back while the app is still connected, and Undo.
 */
class RestoreStoryTest {
    @TempDir
    Path tmp;

    @Test
    void replaceRestoreBringsEveryRowBackKeepsTheBrokenDatabaseAndUndoSwapsBack() throws SQLException {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);
        assertThat(ShopDatabase.customers(shop)).isZero();

        RestoreOutcome outcome;
        try (Connection app = database.connect()) {
            outcome = engines.engine().restore(backup.id(), database, RestoreMode.REPLACE).call(ProgressMonitor.NONE);
            assertThat(app.isValid(2)).as("the app's session was ended so the database could be renamed").isFalse();
        }

        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(ShopDatabase.orders(shop)).isEqualTo(ShopDatabase.ORDERS);
        assertThat(outcome.database()).isEqualTo(shop);
        assertThat(outcome.keptAs()).startsWith(shop + "_before_restore_");
        assertThat(ShopDatabase.customers(outcome.keptAs())).as("the broken database is kept aside").isZero();
        assertThat(engines.engine().catalog("shop")).first().satisfies(safety -> {
            assertThat(safety.id()).isEqualTo(outcome.safetyBackupId());
            assertThat(safety.label()).isEqualTo(BackupLabel.PRE_RESTORE);
            assertThat(safety.tables()).extracting(TableStat::name).containsExactly("customers");
        });
        assertThat(engines.engine().latest("shop")).as("restoring 'the latest' again never picks the broken state")
                .get().extracting(BackupManifest::id).isEqualTo(backup.id());
        assertThat(engines.events()).filteredOn(BackupEvents.RestoreFinished.class::isInstance).singleElement()
                .satisfies(event -> assertThat(event.summary()).contains("restored into " + shop, "4,988 rows").doesNotContain("failed"));

        String undone = engines.engine().undo(database, outcome.keptAs()).call(ProgressMonitor.NONE);

        assertThat(ShopDatabase.customers(shop)).as("Undo puts the previous database back").isZero();
        assertThat(TestPostgres.exists(outcome.keptAs())).isFalse();
        assertThat(ShopDatabase.customers(undone)).isEqualTo(ShopDatabase.CUSTOMERS);
    }

    @Test
    void newModeRestoresBesideTheLiveDatabase() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        TestPostgres.superuser(shop, "DELETE FROM orders");

        RestoreOutcome outcome = engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE);

        assertThat(outcome.database()).matches(shop + "_restored_\\d{8}_\\d{4}");
        assertThat(ShopDatabase.orders(outcome.database())).isEqualTo(ShopDatabase.ORDERS);
        assertThat(ShopDatabase.orders(shop)).as("live database left alone").isZero();
    }

    @Test
    void restoringAsNewTwiceInOneMinutePicksAFreeNameAndANamedRestoreNeverTakesAnExistingDatabase() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp, Clock.fixed(Instant.parse("2026-12-07T13:23:10Z"), ZoneOffset.UTC));
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);

        RestoreOutcome first = engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE);
        RestoreOutcome second = engines.engine().restore(backup.id(), database, RestoreMode.NEW).call(ProgressMonitor.NONE);

        assertThat(first.database()).isEqualTo(shop + "_restored_20261207_1323");
        assertThat(second.database()).isEqualTo(shop + "_restored_20261207_1323_2");
        assertThat(ShopDatabase.orders(second.database())).isEqualTo(ShopDatabase.ORDERS);
        RestoreJob taken = engines.engine().restore(backup.id(), database, RestoreMode.NEW).named(first.database());
        assertThatThrownBy(() -> taken.call(ProgressMonitor.NONE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("exists already").hasMessageContaining("No database was touched");
        assertThat(ShopDatabase.orders(first.database())).isEqualTo(ShopDatabase.ORDERS);
    }

    @Test
    void compareShowsRowsInTheBackupAgainstTheDatabaseNow() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        assertThat(engines.engine().compare(backup.id(), database)).extracting(TableComparison::describe)
                .containsExactly("customers: 1,247 in backup, 0 now", "orders: 3,741 in backup, table missing now");
    }
}
