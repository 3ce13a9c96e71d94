package dev.firebreak.timeline;

/**
 * Entries are never changed: a later entry corrects an earlier one. {@link Type#AMEND} replaces what views show
 * (text, times, kind); {@link Type#STRIKE} crosses the earlier entry out. The original stays in the history.
 */
public record Correction(long target, Type type) {
    public enum Type { AMEND, STRIKE }
}
