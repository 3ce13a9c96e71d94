package dev.firebreak.backup;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The row-count check after a restore, started as soon as the data is in: a single-job pg_restore loads every
 * table before it builds indexes and constraints, which change no rows, so the tables are counted meanwhile.
 */
final class RowCountCheck {
    private final BackupManifest manifest;
    private final Database restored;
    private CompletableFuture<List<TableComparison>> counting;

    RowCountCheck(BackupManifest manifest, Database restored) {
        this.manifest = manifest;
        this.restored = restored;
    }

    /** Starts counting on its own thread; later calls do nothing. */
    synchronized void start() {
        if (counting == null) {
            counting = CompletableFuture.supplyAsync(() -> RowCounts.compare(manifest, restored), task -> {
                Thread thread = new Thread(task, "row-counts");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** The tables whose counts differ from the manifest (counting now if it has not started yet). */
    List<TableComparison> mismatches() {
        start();
        try {
            return RowCounts.mismatches(counting.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Waits for a started count to end (its result no longer matters), so that the database can be dropped. */
    synchronized void awaitQuietly() {
        if (counting != null) {
            counting.exceptionally(failure -> List.of()).join();
        }
    }
}
