package dev.firebreak.ui;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.practice.PracticePaths;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Developer tool, not a test: the README's screenshots. Opens the real console on a fresh temporary FIREBREAK_HOME,
 * walks the guided drill with {@link DrillWalk} (embedded practice server, practice repository) and saves the whole
 * window as a PNG at each step; then opens it again over the same home, as the next morning, for the three tabs'
 * own screenshots (no welcome view, no drill panel). Run by {@code assets/screenshots/make.sh} under a real Xvfb (not Monocle), so the
 * fonts and GTK are what a user sees.
 */
public final class DrillScreenshots {
    static final int WIDTH = 1280;
    static final int HEIGHT = 860;

    private final FxRobot robot = new FxRobot();
    private final Path folder;
    private Scene scene;

    private DrillScreenshots(Path folder) {
        this.folder = folder;
    }

    /** @param args the folder for the PNGs; FIREBREAK_HOME must name a fresh folder (the console's and the pre-push check's home) */
    public static void main(String[] args) throws Exception {
        System.setProperty("testfx.robot", "glass"); // JavaFX's own robot on the real display
        System.setProperty("testfx.setup.timeout", "120000");
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "assets/screenshots"));
        String fresh = System.getenv("FIREBREAK_HOME");
        if (fresh == null || Files.exists(Path.of(fresh))) {
            throw new IllegalStateException("Set FIREBREAK_HOME to a folder that does not exist yet: the drill needs a fresh home");
        }
        int status = 1;
        try {
            new DrillScreenshots(folder).run(FirebreakHome.resolve());
            status = 0;
        } finally {
            Platform.exit();
            System.exit(status); // the practice server's and TestFX's threads would keep the JVM alive
        }
    }

    private void run(FirebreakHome home) throws Exception {
        Settings settings = new Settings();
        settings.windowWidth = WIDTH; // the whole Xvfb screen: no window manager, no decorations
        settings.windowHeight = HEIGHT;
        new SettingsStore(home).save(settings);
        List<String> errors = new CopyOnWriteArrayList<>();
        FxToolkit.registerPrimaryStage();
        App app = open(home, errors, List.of());
        try {
            walk(new DrillWalk(robot, home, errors));
        } finally {
            app.stop();
        }
        // the tabs as they open the next day: a profile exists, so no welcome view and no drill panel; opened as
        // 'firebreak PATH' on the practice repository, since make.sh runs inside Firebreak's own work tree
        App reopened = open(home, errors, List.of(PracticePaths.in(home).repository().toString()));
        try {
            tabs(new DrillWalk(robot, home, errors));
        } finally {
            reopened.stop();
            FxToolkit.cleanupStages();
        }
    }

    /** @param arguments the command line's, as {@code firebreak PATH} */
    private App open(FirebreakHome home, List<String> errors, List<String> arguments) throws Exception {
        App app = new App(home, (window, statusBar) -> new AnsweringDialogs(new FxDialogService(window, statusBar),
                home.root().resolveSibling("postmortems"), errors), arguments);
        FxToolkit.setupStage(primary -> {
            app.start(primary);
            scene = primary.getScene();
        });
        return app;
    }

    private void walk(DrillWalk walk) throws Exception {
        walk.awaitWelcome();
        save("drill-0-welcome");
        walk.practiceSafely();
        walk.backUpAndVerify(); // the drill waits on the Backups tab, step 1's backup verified, until Next
        save("drill-1-backup");
        walk.next();
        walk.awaitPushBlocked(); // the drill has brought the Pre-push tab forward
        save("drill-2-blocked");
        walk.next();
        walk.deployAnyway(); // the Backups tab names the rows missing
        save("drill-3-deployed");
        walk.next();
        walk.compareWithLive();
        save("drill-4-compare");
        walk.restoreByReplacing(); // the restored list, Undo enabled
        save("drill-4-restored");
        walk.next(); // to the capture line on the Timeline tab
        walk.logLine("Customers back after the replace restore; the app reconnected");
        save("drill-5-timeline");
        walk.exportPostmortem();
        save("drill-5-exported");
    }

    private void tabs(DrillWalk walk) throws Exception {
        walk.waitUntil(() -> walk.text("#prepush-verdict-word").equals("BLOCKED"));
        save("prepush");
        tab(KeyCode.DIGIT2);
        // the verified backup that brought the customers back, not the safety backup above it
        robot.clickOn(robot.lookup("#backups-view .table-cell").match((TableCell<?, ?> cell) -> "manual".equals(cell.getItem()))
                .<TableCell<?, ?>>query());
        save("backups");
        tab(KeyCode.DIGIT3);
        walk.waitUntil(() -> walk.text("#timeline-headline").startsWith("Incident"));
        save("timeline");
    }

    private void tab(KeyCode digit) {
        robot.push(KeyCode.CONTROL, digit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Once no job runs and the pointer rests off the controls: the window's pixels as a PNG. */
    private void save(String name) throws Exception {
        robot.moveTo(scene.getWindow().getX() + WIDTH - 5, scene.getWindow().getY() + 5); // the empty end of the menu bar
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> !robot.lookup("#status-cancel").queryButton().isVisible());
        Thread.sleep(1000); // the last layout pass and repaint
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path file = folder.resolve(name + ".png");
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }
}
