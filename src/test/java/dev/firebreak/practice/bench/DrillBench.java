package dev.firebreak.practice.bench;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.practice.Practice;
import dev.firebreak.practice.SampleShop;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The drill's recovery time, as the console does it: from "Deploy anyway" (the practice shop loses its customers) to
 * all 1,247 customers back through Firebreak's replace restore (safety backup of the broken database, restore beside it,
 * row counts checked, swap). Side by side, the peer: the same archive restored by hand with
 * {@code pg_restore --clean --if-exists} over the broken database (no safety copy, no check, no undo).
 */
public final class DrillBench {
    private DrillBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        FirebreakHome home = new FirebreakHome(args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("firebreak-drill"));
        EventBus events = new EventBus();
        Clock clock = Clock.systemUTC();
        LocalBackupStore store = LocalBackupStore.in(home);
        PgTools tools = PgTools.onThisMachine(System.getenv());
        BackupEngine engine = new BackupEngine(store, tools, events, home.root().resolve("private"), clock);
        Practice practice = new Practice(home, store, events, clock);
        try (Journal journal = Journal.local(home, clock)) {
            JournalFeed.subscribe(events, journal, clock.getZone());
            practice.start(ProgressMonitor.NONE);
            Database shop = practice.database();
            BackupManifest backup = engine.backup(shop, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
            Path archive = store.open(backup.id()).file();
            Path pgRestore = tools.require("pg_restore", 15, "the practice server is PostgreSQL 15").path();
            List<Double> firebreak = new ArrayList<>();
            List<Double> byHand = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long start = deploy(practice, journal);
                engine.restore(backup.id(), shop, RestoreMode.REPLACE).call(ProgressMonitor.NONE);
                firebreak.add(recovered(shop, start));

                start = deploy(practice, journal);
                int exit = new ProcessBuilder(pgRestore.toString(), "--clean", "--if-exists", "--no-owner", "-h", "localhost",
                        "-p", String.valueOf(shop.profile().port()), "-U", Practice.USER, "-d", Practice.DATABASE,
                        archive.toString()).inheritIO().start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("pg_restore exited with " + exit);
                }
                byHand.add(recovered(shop, start));
            }
            System.out.printf("drill recovery (bad deploy → all %d customers back), %d runs, %d cores%n",
                    SampleShop.CUSTOMERS, runs, Runtime.getRuntime().availableProcessors());
            System.out.printf("  firebreak replace restore  median %.2f s  (all: %s)%n", median(firebreak), firebreak);
            System.out.printf("  pg_restore --clean by hand median %.2f s  (all: %s)%n", median(byHand), byHand);
            System.out.printf("  ratio %.2fx; goal: firebreak < 60 s%n", median(firebreak) / median(byHand));
        } finally {
            practice.stop();
        }
    }

    private static long deploy(Practice practice, Journal journal) {
        practice.badDeploy().call(journal);
        if (Practice.customers(practice.database()) != 0) {
            throw new IllegalStateException("the bad deploy left customers behind");
        }
        return System.nanoTime();
    }

    private static double recovered(Database shop, long start) {
        long customers = Practice.customers(shop);
        if (customers != SampleShop.CUSTOMERS) {
            throw new IllegalStateException("only " + customers + " customers back");
        }
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
