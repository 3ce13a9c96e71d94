package dev.firebreak.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The window's keys, each with the words the Keyboard shortcuts dialog shows for it. The dialog lists what the scene
 * really answers to (the menus' accelerators and the scene's own), so it cannot promise a key that does nothing.
 */
final class Shortcuts {
    private final Map<KeyCombination, String> described = new LinkedHashMap<>();

    /** Makes {@code keys} run {@code action} anywhere in the window. */
    void install(Scene scene, KeyCombination keys, String what, Runnable action) {
        scene.getAccelerators().put(keys, action);
        described.put(keys, what);
    }

    /** Names a key a tab installs on the scene itself (Back up now's Ctrl+B). */
    void describe(KeyCombination keys, String what) {
        described.put(keys, what);
    }

    /** The menus' keys in menu order, then the window's, each only while the scene answers to it. */
    List<Shortcut> working(Scene scene, MenuBar menus) {
        List<Shortcut> working = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            addMenuKeys(menu, scene, working);
        }
        described.forEach((keys, what) -> {
            boolean onMenu = working.stream().anyMatch(listed -> listed.keys().equals(keys.getDisplayText()));
            if (!onMenu && scene.getAccelerators().containsKey(keys)) {
                working.add(new Shortcut(keys.getDisplayText(), what));
            }
        });
        return working;
    }

    private static void addMenuKeys(Menu menu, Scene scene, List<Shortcut> working) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                addMenuKeys(submenu, scene, working);
            } else if (item.getAccelerator() != null && scene.getAccelerators().containsKey(item.getAccelerator())) {
                working.add(new Shortcut(item.getAccelerator().getDisplayText(),
                        menu.getText() + " › " + item.getText()));
            }
        }
    }
}
