package dev.firebreak.ui.timeline.bench;

import dev.firebreak.timeline.AuditedEntries;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Severity;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.export.IncidentJson;
import dev.firebreak.timeline.export.PostmortemFiles;
import dev.firebreak.timeline.export.PostmortemHtml;
import dev.firebreak.timeline.export.PostmortemMarkdown;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import dev.firebreak.ui.timeline.TimelineView;
import dev.firebreak.ui.timeline.TimelineViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Developer tool, not a test (bench/timeline.sh runs it): journal append latency with SQLite's durability on (WAL,
 * synchronous=FULL, as the console runs it), then a large incident opened in the real Timeline tab and exported.
 */
public final class TimelineBench {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    /** The machine is shared: every figure is the median of several runs, with its range. */
    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "bench/work/timeline"));
        int appends = Integer.getInteger("appends", 2_000);
        int entries = Integer.getInteger("entries", 100_000);
        System.out.printf("%d cores, load average at start: %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        Path appendDb = work.resolve("append-" + System.nanoTime() + ".db");
        appendLatency(appendDb, appends);
        for (String suffix : new String[] {"", "-wal", "-shm"}) { // a fresh journal each run; only the large one is kept
            Files.deleteIfExists(Path.of(appendDb + suffix));
        }
        Path large = work.resolve("incident-" + entries + ".db");
        long incident = filled(large, entries);
        openAndExport(large, incident, entries, work);
        CliExports.run(large, incident, work, Path.of(System.getProperty("launcher", "target/firebreak/bin/firebreak")),
                Integer.getInteger("cliRuns", 5));
        System.out.printf("load average at the end: %s%n", loadAverage());
        Platform.exit();
        System.exit(0);
    }

    private static void appendLatency(Path db, int appends) {
        try (Journal journal = Journal.open("jdbc:sqlite:" + db, CLOCK, "bench")) {
            long incident = journal.openIncident("Append latency", Severity.SEV2, EntrySource.MANUAL).id();
            for (int i = 0; i < 200; i++) { // JIT and page cache warm-up, not measured
                journal.append(note(incident, "warm-up " + i));
            }
            long[] nanos = new long[appends];
            for (int i = 0; i < appends; i++) {
                long start = System.nanoTime();
                journal.append(note(incident, "entry " + i + ": restored table orders from the 02:00 backup"));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("append (WAL, synchronous=FULL), %d appends: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", appends,
                    millis(nanos[appends / 2]), millis(nanos[(int) Math.ceil(appends * 0.99) - 1]), millis(nanos[appends - 1]));
        }
    }

    /**
     * The incident of {@code entries} entries, appended through the journal (a real chain) once and then reused. Built
     * on /dev/shm when there is one, where fsync costs nothing: the filling is not what is measured.
     */
    private static long filled(Path db, int entries) throws Exception {
        Path shm = Path.of("/dev/shm");
        Path building = Files.isDirectory(shm) && !Files.exists(db) ? shm.resolve(db.getFileName()) : db;
        long incident;
        try (Journal journal = Journal.open("jdbc:sqlite:" + building, CLOCK, "bench")) {
            Incident open = journal.incidents().stream().filter(Incident::isOpen).findFirst()
                    .orElseGet(() -> journal.openIncident("A long night", Severity.SEV1, EntrySource.MANUAL));
            int have = journal.entries(open.id()).size();
            long start = System.nanoTime();
            for (int i = have; i < entries; i++) {
                journal.append(note(open.id(), "entry " + i + ": checked replication lag, still 40 s behind"));
            }
            if (have < entries) {
                System.out.printf("filled %d entries in %.1f s (not measured)%n", entries - have, millis(System.nanoTime() - start) / 1000);
            }
            incident = open.id();
        }
        if (!building.equals(db)) {
            Files.move(building, db); // closed: the WAL is checkpointed into the database file
        }
        return incident;
    }

    private static void openAndExport(Path db, long incident, int entries, Path work) throws Exception {
        Platform.startup(() -> { });
        Journal journal = Journal.open("jdbc:sqlite:" + db, CLOCK, "bench");
        FxTaskExecutor executor = new FxTaskExecutor();
        AtomicLong renderCpu = new AtomicLong();
        Stage[] stage = new Stage[1];
        long start = System.nanoTime();
        Platform.runLater(() -> stage[0] = new Stage());
        openInNewView(stage, journal, executor, entries, renderCpu).get(5, TimeUnit.MINUTES);
        System.out.printf("open the incident (%d entries) in the Timeline tab, rendered, first time (cold JVM; the running"
                + " console: bench/timeline-console.sh): %.0f ms%n", entries, millis(System.nanoTime() - start));
        long[] opens = new long[RUNS];
        long[] renders = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            openInNewView(stage, journal, executor, entries, renderCpu).get(5, TimeUnit.MINUTES);
            opens[i] = System.nanoTime() - start;
            renders[i] = renderCpu.get();
        }
        summary("open it again in a new Timeline view (read, rows, render)", opens);
        summary("  of which the UI thread's CPU time to lay out and render the table", renders);
        for (int i = 0; i < 3; i++) { // where the time goes
            start = System.nanoTime();
            var read = journal.entries(incident);
            long readAt = System.nanoTime();
            Timeline.rows(read);
            System.out.printf("  of which: read the entries %.0f ms, fold them into rows %.0f ms%n", millis(readAt - start),
                    millis(System.nanoTime() - readAt));
        }
        long[] exports = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            PostmortemFiles.write(journal, incident, Files.createDirectories(work.resolve("export")));
            exports[i] = System.nanoTime() - start;
        }
        summary("export it in this JVM (Markdown, HTML, JSON, one read)", exports);
        exportBreakdown(journal, incident);
        executor.close();
        journal.close();
    }

    /**
     * A new Timeline view on {@code stage}, shown: completes once its table holds the incident's rows and was laid out
     * and rendered. A new view each time: the tab itself reads only what was appended since its last read.
     */
    private static CompletableFuture<Void> openInNewView(Stage[] stage, Journal journal, FxTaskExecutor executor,
                                                         int entries, AtomicLong renderCpu) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            StatusBar statusBar = new StatusBar(executor);
            TimelineViewModel model = new TimelineViewModel(journal, executor, new FxDialogService(stage[0], statusBar),
                    CLOCK.getZone());
            TimelineView view = new TimelineView(model);
            stage[0].setScene(new Scene(new BorderPane(view, null, null, statusBar, null), 1100, 700));
            stage[0].show();
            model.rows().addListener((ListChangeListener<Object>) change -> {
                if (model.rows().size() >= entries) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    stage[0].getScene().snapshot(null); // layout and render the (virtualised) table once
                    renderCpu.set(THREADS.getCurrentThreadCpuTime() - cpu);
                    shown.complete(null);
                }
            });
            view.activate();
        });
        return shown;
    }

    /** Where the export's time goes, each part on its own. */
    private static void exportBreakdown(Journal journal, long incident) {
        long start = System.nanoTime();
        Incident chosen = journal.incident(incident);
        var entries = journal.entries(incident);
        long read = System.nanoTime();
        AuditedEntries audited = journal.audited(incident);
        long readAndVerify = System.nanoTime();
        PostmortemMarkdown.render(chosen, entries);
        long markdown = System.nanoTime();
        PostmortemHtml.render(chosen, entries);
        long html = System.nanoTime();
        IncidentJson.render(chosen, audited);
        long json = System.nanoTime();
        System.out.printf("  of which: read %.0f ms (read and verify the whole chain %.0f ms), Markdown %.0f ms,"
                        + " HTML (Markdown again + commonmark) %.0f ms, JSON %.0f ms%n", millis(read - start),
                millis(readAndVerify - read), millis(markdown - readAndVerify), millis(html - markdown), millis(json - html));
    }

    private static void summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.0f ms (range %.0f–%.0f ms, %d runs)%n", what, millis(sorted[sorted.length / 2]),
                millis(sorted[0]), millis(sorted[sorted.length - 1]), sorted.length);
    }

    private static NewEntry note(long incident, String text) {
        return NewEntry.of(incident, OffsetDateTime.now(CLOCK), EntryKind.NOTE, text, EntrySource.MANUAL);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
