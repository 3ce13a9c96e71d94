package dev.firebreak.ui.timeline.bench;

import dev.firebreak.Main;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * Developer tool, not a test (bench/timeline-console.sh runs it, one JVM per run): the real console started as
 * {@code firebreak} starts it, on a FIREBREAK_HOME whose journal holds a large open incident. After its first frame
 * and a settle, Ctrl+3 brings the Timeline tab forward; timed until the table shows the incident's rows (first time),
 * then until the tab's own re-read is shown too; then Ctrl+1 and Ctrl+3 again a few times.
 */
public final class ConsoleTimelineBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Duration SETTLE = Duration.ofMillis(Long.getLong("settleMillis", 1_000));

    private static volatile Scene scene;
    private static volatile long firstFrameNanos;
    private static long fxThread;

    private ConsoleTimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("entries", 100_000);
        int again = Integer.getInteger("again", 5);
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        long nanosAtStart = System.nanoTime() - Duration.between(processStart, Instant.now()).toNanos();
        Thread console = new Thread(() -> run(() -> Main.main(new String[0])), "console-launch");
        console.setDaemon(true);
        console.start();
        watchForTheWindow();
        waitFor("the first frame", () -> firstFrameNanos != 0);
        System.out.printf("first frame %.0f ms after the process started%n", millis(firstFrameNanos - nanosAtStart));
        // the console reads the open incident after its first frame, for the status bar's incident clock; with
        // -DwaitForBackground=false Ctrl+3 comes while it may still be doing so (a user quick to the tab)
        if (Boolean.parseBoolean(System.getProperty("waitForBackground", "true"))) {
            waitFor("the incident read in the background", () -> onFx(() -> scene.lookup("#status-incident").isVisible()
                    && table() != null && table().getItems().size() >= entries));
            System.out.printf("incident of %d rows read in the background %.0f ms after the process started%n",
                    entries, millis(System.nanoTime() - nanosAtStart));
        }
        Thread.sleep(SETTLE.toMillis());

        Opening first = open(System.getProperty("screenshot"));
        System.out.printf("Ctrl+3 %.0f ms after the process started, first time: rows shown %.0f ms (UI thread CPU %.0f ms, process CPU %.0f ms); "
                        + "the tab's re-read shown %.0f ms (UI thread CPU %.0f ms, process CPU %.0f ms)%n",
                millis(first.start - nanosAtStart), first.shownMillis, first.shownFxCpuMillis, first.shownCpuMillis, first.refreshedMillis,
                first.refreshedFxCpuMillis, first.refreshedCpuMillis);
        double[] shown = new double[again];
        double[] refreshed = new double[again];
        for (int i = 0; i < again; i++) {
            onFx(() -> press(KeyCode.DIGIT1));
            Thread.sleep(SETTLE.toMillis());
            Opening opening = open(null);
            shown[i] = opening.shownMillis;
            refreshed[i] = opening.refreshedMillis;
        }
        System.out.printf("Ctrl+1 then Ctrl+3 again (%d times): rows shown median %.0f ms (%.0f–%.0f), re-read shown median %.0f ms (%.0f–%.0f)%n",
                again, median(shown), min(shown), max(shown), median(refreshed), min(refreshed), max(refreshed));
        System.out.printf("process CPU time in all: %.0f ms%n", OS.getProcessCpuTime() / 1e6);
        System.exit(0); // not Platform.exit(): the renderer would reject the frame still coming
    }

    /** Registered as soon as the toolkit runs, before the console's start(): the first frame is then not missed. */
    private static void watchForTheWindow() throws InterruptedException {
        while (true) {
            try {
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread().getId();
                    if (!Window.getWindows().isEmpty()) {
                        throw new IllegalStateException("the console's window was shown before the bench could watch it");
                    }
                    Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                        Scene shown = Window.getWindows().get(0).getScene();
                        if (scene == null) {
                            scene = shown;
                            afterNextLayout(shown, () -> firstFrameNanos = System.nanoTime(), () -> true);
                        }
                    });
                });
                return;
            } catch (IllegalStateException toolkitNotYetUp) {
                Thread.sleep(1);
            }
        }
    }

    /** Ctrl+3 and the times until the rows are laid out on screen, and until the tab's own re-read is. */
    private static Opening open(String screenshot) throws Exception {
        CompletableFuture<Opening> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Opening opening = new Opening(System.nanoTime(), THREADS.getThreadCpuTime(fxThread), OS.getProcessCpuTime());
            // the tab reads the journal on showing: done once a job ran since Ctrl+3 and none runs (the status bar
            // shows each running job with its cancel button)
            Node busy = scene.lookup("#status-cancel");
            boolean[] jobSeen = {busy.isVisible()};
            ChangeListener<Boolean> jobStarted = (observable, was, now) -> jobSeen[0] |= now;
            busy.visibleProperty().addListener(jobStarted);
            afterNextLayout(scene, () -> {
                opening.shown();
                if (screenshot != null) { // what was counted as shown, before the re-read replaces it
                    Platform.runLater(() -> Screenshot.save(scene, Path.of(screenshot)));
                }
            }, ConsoleTimelineBench::rowsOnScreen);
            afterNextLayout(scene, () -> {
                opening.refreshed();
                busy.visibleProperty().removeListener(jobStarted);
                done.complete(opening);
            }, () -> jobSeen[0] && !busy.isVisible() && rowsOnScreen());
            press(KeyCode.DIGIT3);
        });
        return done.get(2, TimeUnit.MINUTES);
    }

    /** What Ctrl+{@code digit} does in the console: the scene's accelerator for it. */
    private static boolean press(KeyCode digit) {
        scene.getAccelerators().get(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN)).run();
        return true;
    }

    private static void afterNextLayout(Scene on, Runnable action, Supplier<Boolean> when) {
        on.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (when.get()) {
                    on.removePostLayoutPulseListener(this);
                    action.run();
                }
            }
        });
    }

    /** The Timeline tab is in front and its table has laid out cells showing rows. */
    private static boolean rowsOnScreen() {
        TabPane tabs = (TabPane) scene.lookup("#main-tabs");
        TableView<?> table = table();
        return tabs.getSelectionModel().getSelectedIndex() == 2 && table != null && table.getScene() != null
                && table.lookupAll(".table-row-cell").stream()
                .anyMatch(cell -> cell.isVisible() && !((TableRow<?>) cell).isEmpty());
    }

    /**
     * The Timeline tab's table, null while the journal is opening. Found through the split pane's items: until the tab
     * is first shown the split pane has no skin, so the table is not yet among its children.
     */
    private static TableView<?> table() {
        TabPane tabs = (TabPane) scene.lookup("#main-tabs");
        Node content = tabs.getTabs().get(2).getContent();
        return content instanceof BorderPane view && view.getCenter() instanceof SplitPane split
                ? (TableView<?>) split.getItems().get(0) : null;
    }

    private static final class Opening {
        final long start;
        private final long fxCpu;
        private final long cpu;
        double shownMillis;
        double shownFxCpuMillis;
        double shownCpuMillis;
        double refreshedMillis;
        double refreshedFxCpuMillis;
        double refreshedCpuMillis;

        Opening(long start, long fxCpu, long cpu) {
            this.start = start;
            this.fxCpu = fxCpu;
            this.cpu = cpu;
        }

        void shown() {
            shownMillis = millis(System.nanoTime() - start);
            shownFxCpuMillis = millis(THREADS.getThreadCpuTime(fxThread) - fxCpu);
            shownCpuMillis = millis(OS.getProcessCpuTime() - cpu);
        }

        void refreshed() {
            refreshedMillis = millis(System.nanoTime() - start);
            refreshedFxCpuMillis = millis(THREADS.getThreadCpuTime(fxThread) - fxCpu);
            refreshedCpuMillis = millis(OS.getProcessCpuTime() - cpu);
        }
    }

    private static boolean onFx(Supplier<Boolean> check) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(scene != null && check.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(1, TimeUnit.MINUTES);
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " within 2 minutes");
            }
            Thread.sleep(20);
        }
    }

    private interface Launch {
        void run() throws Exception;
    }

    private static void run(Launch launch) {
        try {
            launch.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
