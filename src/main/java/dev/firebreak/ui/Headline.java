package dev.firebreak.ui;

import java.util.Objects;

/**
 * A tab's largest text: one statement about the situation now, its colour, and the next thing to do (empty when there
 * is nothing to do). Computed by each tab's plain-Java headline model, so the decision is tested without a screen.
 */
public record Headline(Level level, String text, String next) {
    /** Green, amber, red mean PASS, WARN, FAIL everywhere; NONE while there is nothing to judge yet. */
    public enum Level { NONE, GREEN, AMBER, RED }

    public Headline {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        next = next == null ? "" : next;
    }

    public static Headline none(String text) {
        return new Headline(Level.NONE, text, "");
    }

    /** The banner's style class in firebreak.css. */
    public String styleClass() {
        return switch (level) {
            case NONE -> "verdict-none";
            case GREEN -> "verdict-allow";
            case AMBER -> "verdict-warn";
            case RED -> "verdict-block";
        };
    }
}
