package dev.firebreak.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * In a bar that runs short of room (a narrow window, the drill panel beside the tabs), its labels and buttons keep their
 * whole text and its combo boxes and text fields give way: a button reading "Rest…" names nothing. A long sentence
 * wraps instead.
 */
public final class KeepText {
    private KeepText() {
    }

    public static void of(Region... regions) {
        for (Region region : regions) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A label that wraps at whatever width it gets and is always as tall as its lines: in a dialog it reads in full. */
    public static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
