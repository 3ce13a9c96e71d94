package dev.firebreak.ui;

import javafx.scene.layout.Region;

/**
 * In a bar that runs short of room (a narrow window, the drill panel beside the tabs), its labels and buttons keep their
 * whole text and its combo boxes and text fields give way: a button reading "Rest…" names nothing.
 */
public final class KeepText {
    private KeepText() {
    }

    public static void of(Region... regions) {
        for (Region region : regions) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
