package dev.firebreak.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** One window: the menus, the tabs (Ctrl+1, Ctrl+2, …, from the welcome view too) and the status bar. */
public final class MainWindow extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final MenuBar menus = new MenuBar();
    private final Shortcuts shortcuts = new Shortcuts();

    public MainWindow(List<Tab> tabList, StatusBar statusBar) {
        tabs.setId("main-tabs");
        menus.setId("main-menu");
        shortcuts.describe(new KeyCodeCombination(KeyCode.F10), "Go to the menus (then the arrow keys and Enter)"); // the menu bar's own
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(tabList);
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (old != null && old.getContent() instanceof Activatable hidden) {
                hidden.deactivate();
            }
            if (now != null && now.getContent() instanceof Activatable shown) {
                shown.activate();
            }
        });
        setTop(menus);
        setCenter(tabs);
        setBottom(statusBar);
    }

    /** Activates the first tab once the window is showing and installs the tab shortcuts. */
    public void install(Scene scene) {
        for (int i = 0; i < tabs.getTabs().size() && i < 9; i++) {
            Tab tab = tabs.getTabs().get(i);
            shortcuts.install(scene, new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), "Show the " + tab.getText() + " tab", () -> select(tab));
        }
        if (tabs.getSelectionModel().getSelectedItem().getContent() instanceof Activatable first) {
            first.activate();
        }
    }

    /** Brings {@code tab} to the front (leaving the welcome view, if shown). */
    public void select(Tab tab) {
        showTabs();
        tabs.getSelectionModel().select(tab);
    }

    /** Shows {@code welcome} instead of the tabs until {@link #showTabs}. */
    public void showWelcome(Node welcome) {
        setCenter(welcome);
    }

    public void showTabs() {
        setCenter(tabs);
        tabs.applyCss(); // builds the tab pane's skin now: until then the tabs' contents have no scene
    }

    /** A panel beside the tabs (the practice drill); null removes it. */
    public void showSidePanel(Node panel) {
        setRight(panel);
    }

    /** Adds {@code menu} after the menus already there. */
    public void addMenu(Menu menu) {
        menus.getMenus().add(menu);
    }

    /** A window-wide shortcut that brings {@code tab} to the front, then runs {@code action} in it. */
    public void installShortcut(Scene scene, KeyCombination keys, String what, Tab tab, Runnable action) {
        shortcuts.install(scene, keys, what, () -> {
            select(tab);
            action.run();
        });
    }

    /** Names, for the Keyboard shortcuts dialog, a key that a tab installs on the scene itself. */
    public void describeShortcut(KeyCombination keys, String what) {
        shortcuts.describe(keys, what);
    }

    /** Every key the window answers to now, with what it does. */
    List<Shortcut> shortcuts() {
        return shortcuts.working(getScene(), menus);
    }
}
