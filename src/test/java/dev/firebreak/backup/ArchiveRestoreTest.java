package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pg_restore's signal that the rows are in, which lets the row-count check run while indexes are still built. */
class ArchiveRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void dataLoadedComesOnceAndOnlyWhenEveryRowIsIn() {
        String shop = ShopDatabase.create();
        Engines engines = Engines.in(tmp);
        Database database = TestPostgres.database(tmp, "shop", shop);
        BackupManifest backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        String target = TestPostgres.newDatabase("loaded");
        List<String> seen = new ArrayList<>();

        ArchiveRestore.forServer(engines.engine(), 15, backup).into(engines.store().open(backup.id()),
                database.other(target), ProgressMonitor.NONE, () -> seen.add(ShopDatabase.customers(target) + " customers, "
                        + ShopDatabase.orders(target) + " orders"));

        assertThat(seen).containsExactly(ShopDatabase.CUSTOMERS + " customers, " + ShopDatabase.ORDERS + " orders");
    }
}
