package dev.firebreak.ui;

/** One key combination as the user reads it ("Ctrl+2") and what it does. */
public record Shortcut(String keys, String action) {
}
