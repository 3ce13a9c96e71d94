package dev.firebreak.ui;

import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's File, View and Help menus (Practice is the drill's); ids are menu-… so tests find each item. */
final class WindowMenus {
    private WindowMenus() {
    }

    static Menu file(Runnable openRepository, Runnable quit) {
        MenuItem open = item("Open repository…", "menu-open-repository", openRepository,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem exit = item("Quit", "menu-quit", quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return menu("File", "menu-file", open, exit);
    }

    static Menu view(boolean darkTheme, Consumer<Boolean> onTheme) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setSelected(darkTheme);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((observable, old, now) -> onTheme.accept(now));
        return menu("View", "menu-view", dark);
    }

    static Menu help(Runnable shortcuts, Runnable about) {
        return menu("Help", "menu-help",
                item("Keyboard shortcuts", "menu-shortcuts", shortcuts, new KeyCodeCombination(KeyCode.F1)),
                item("About Firebreak", "menu-about", about, null));
    }

    static MenuItem item(String text, String id, Runnable action, KeyCombination keys) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(event -> action.run());
        return item;
    }

    static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }
}
