package dev.firebreak.core;

import java.io.IOException;

/**
 * Test-only: with {@code -Dfirebreak.test.pauseAt=STEP} the process stops at that step, says so on stderr and waits for
 * a line on stdin, so that a kill -9 test can kill it exactly there (or a disk-full test can fill the disk first).
 * Without the property (every real run) {@link #reached} does nothing.
 */
public final class TestPausePoint {
    static final String PROPERTY = "firebreak.test.pauseAt";

    private TestPausePoint() {
    }

    public static void reached(String step) {
        if (!step.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("firebreak-test: paused at " + step);
        System.err.flush();
        try {
            for (int read = System.in.read(); read != '\n' && read != -1; read = System.in.read()) {
                // waiting for the test to go on or to kill us
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
