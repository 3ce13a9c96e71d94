package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.DaemonThreads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The row-count check after a restore, connected while pg_restore starts and counting as soon as the data is in: a
 * single-job pg_restore loads every table before it builds indexes and constraints, which change no rows, so tables
 * are counted meanwhile, lean ({@link TableCounter#countLean}). A table that pg_restore holds locked (ADD PRIMARY KEY
 * locks readers out until its index is built) is not waited for then but counted after the others, with the server's
 * parallel workers: when its lock is released, the count is all that is left to do for it (pgbench scale 50: the
 * count of pgbench_accounts used to wait for its primary key, then scan alone on one core; bench/backup.sh).
 */
public final class RowCountCheck {
    /** How long a count beside pg_restore waits for a locked table before leaving it for later. */
    private static final String LOCK_WAIT_BESIDE_RESTORE = "10ms";

    private final BackupManifest manifest;
    private final Database restored;
    private final CountDownLatch dataIn = new CountDownLatch(1);
    private volatile boolean restoreEnded;
    private volatile boolean abandoned;
    private CompletableFuture<List<TableComparison>> counting;

    public RowCountCheck(BackupManifest manifest, Database restored) {
        this.manifest = manifest;
        this.restored = restored;
    }

    /**
     * Connects on its own thread (while pg_restore starts) and counts once {@link #dataLoaded} or {@link #mismatches}
     * says the rows are in; later calls do nothing.
     */
    public synchronized void start() {
        if (counting == null) {
            counting = CompletableFuture.supplyAsync(this::compare, DaemonThreads.named("row-counts"));
        }
    }

    /** pg_restore has loaded every table and goes on to indexes and constraints. */
    public void dataLoaded() {
        dataIn.countDown();
    }

    /** The tables whose counts differ from the manifest, once pg_restore has ended. */
    public List<TableComparison> mismatches() {
        restoreEnded = true;
        dataIn.countDown();
        start();
        try {
            return RowCounts.mismatches(counting.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Stops a started count before its next table and waits for it (its result no longer matters), so that the
     * database can be dropped.
     */
    public synchronized void awaitQuietly() {
        abandoned = true;
        dataIn.countDown();
        if (counting != null) {
            counting.exceptionally(failure -> List.of()).join();
        }
    }

    private List<TableComparison> compare() {
        Map<TableStat, TableComparison> compared = new HashMap<>();
        try (Connection connection = restored.connect()) {
            TableCounter.countLean(connection);
            awaitData();
            List<TableStat> left = manifest.tables();
            if (!restoreEnded) {
                left = compareUnlocked(connection, left, compared);
            }
            TableCounter.lockWait(connection, "0"); // pg_restore is done with a table when it unlocks it
            TableCounter.countAlone(connection);
            for (TableStat table : left) {
                compared.put(table, compare(connection, table));
            }
        } catch (SQLException e) {
            throw SqlFailures.of("Counting rows in " + restored.profile().database(), e, "Nothing was changed.");
        }
        return manifest.tables().stream().map(compared::get).toList();
    }

    private void awaitData() {
        try {
            dataIn.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Compares the tables that are not locked while pg_restore runs; returns the others (all left once it has ended). */
    private List<TableStat> compareUnlocked(Connection connection, List<TableStat> tables,
                                            Map<TableStat, TableComparison> compared) throws SQLException {
        TableCounter.lockWait(connection, LOCK_WAIT_BESIDE_RESTORE);
        List<TableStat> later = new ArrayList<>();
        for (TableStat table : tables) {
            if (restoreEnded) {
                later.add(table);
                continue;
            }
            try {
                compared.put(table, compare(connection, table));
            } catch (SQLException e) {
                if (!TableCounter.LOCKED.equals(e.getSQLState())) {
                    throw e;
                }
                later.add(table);
            }
        }
        return later;
    }

    private TableComparison compare(Connection connection, TableStat table) throws SQLException {
        if (abandoned) {
            throw new CancelledException();
        }
        return RowCounts.compare(connection, table);
    }
}
