package dev.firebreak.core;

import java.time.Duration;

/**
 * How long Firebreak waits on a server or a tool before it gives up, so a silent server ends a run with a clear
 * message instead of hanging it: {@code connect} for the TCP connection, {@code answer} for the server to answer
 * once connected (login and the first queries), {@code toolStall} for a pg tool that shows no life (no output,
 * nothing read or written).
 */
public record Timeouts(Duration connect, Duration answer, Duration toolStall) {
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(10));

    public Timeouts {
        requirePositive("connect", connect);
        requirePositive("answer", answer);
        requirePositive("tool stall", toolStall);
    }

    /** The saved settings' timeouts, in whole seconds. */
    public static Timeouts of(Settings settings) {
        return new Timeouts(Duration.ofSeconds(settings.connectTimeoutSeconds), Duration.ofSeconds(settings.answerTimeoutSeconds),
                Duration.ofSeconds(settings.toolStallSeconds));
    }

    /** "30 s", as in the messages. */
    public static String text(Duration duration) {
        return duration.toSeconds() + " s";
    }

    private static void requirePositive(String what, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new UserFacingException("The " + what + " timeout in the settings must be at least 1 second (it is "
                    + (duration == null ? "missing" : text(duration)) + ").");
        }
    }
}
