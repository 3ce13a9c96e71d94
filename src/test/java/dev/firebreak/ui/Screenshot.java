package dev.firebreak.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Developer tool, not a test: opens the real console and saves a PNG of its window, for the README.
 * Run under Xvfb: {@code xvfb-run -s "-screen 0 1280x860x24" java -cp <test classpath> dev.firebreak.ui.Screenshot out.png [seconds] [tab]}
 * where {@code tab} is the 0-based tab to show.
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        long settleSeconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
        int tab = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        CountDownLatch started = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        App app = new App();
        Platform.startup(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            ((javafx.scene.control.TabPane) stage[0].getScene().lookup("#main-tabs")).getSelectionModel().select(tab);
            started.countDown();
        });
        started.await(30, TimeUnit.SECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(settleSeconds)); // let background checks finish and render
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(toBufferedImage(stage[0].getScene().snapshot(null)), "png", out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                saved.countDown();
            }
        });
        saved.await(30, TimeUnit.SECONDS);
        Platform.exit();
        System.exit(0);
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }
}
