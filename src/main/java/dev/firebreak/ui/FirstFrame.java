package dev.firebreak.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The console's first frame: start-up work that can wait runs after it. Also a hook for start-up measurements and for
 * the class-data-sharing training run of the packages: with {@code -Dfirebreak.exitAfterFirstFrame=true} the console
 * prints the time from process start to its first frame and quits right after that frame.
 */
final class FirstFrame {
    static final String PROPERTY = "firebreak.exitAfterFirstFrame";

    private FirstFrame() {
    }

    /** Runs {@code action} on the UI thread right after the pulse that first laid out and rendered {@code scene}. */
    static void afterFirstFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
    }

    static void exitAfterFirstFrameIfAsked(Scene scene) {
        if (Boolean.getBoolean(PROPERTY)) {
            afterFirstFrame(scene, () -> {
                Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("firebreak: first frame after " + Duration.between(start, Instant.now()).toMillis() + " ms");
                Platform.exit();
            });
        }
    }
}
