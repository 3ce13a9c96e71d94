package dev.firebreak.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** One window: a menu, the tabs (Ctrl+1, Ctrl+2, …) and the status bar. */
public final class MainWindow extends BorderPane {
    private final TabPane tabs = new TabPane();

    public MainWindow(List<Tab> tabList, StatusBar statusBar, boolean darkTheme, java.util.function.Consumer<Boolean> onTheme) {
        tabs.setId("main-tabs");
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
        setTop(menu(darkTheme, onTheme));
        setCenter(tabs);
        setBottom(statusBar);
    }

    /** Activates the first tab once the window is showing and installs the tab shortcuts. */
    public void install(Scene scene) {
        for (int i = 0; i < tabs.getTabs().size() && i < 9; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel().select(index));
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

    public void addMenu(Menu menu) {
        ((MenuBar) getTop()).getMenus().add(menu);
    }

    /** A window-wide shortcut that brings {@code tab} to the front, then runs {@code action} in it. */
    public void installShortcut(Scene scene, KeyCombination keys, Tab tab, Runnable action) {
        scene.getAccelerators().put(keys, () -> {
            tabs.getSelectionModel().select(tab);
            action.run();
        });
    }

    private static MenuBar menu(boolean darkTheme, java.util.function.Consumer<Boolean> onTheme) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(darkTheme);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((observable, old, now) -> onTheme.accept(now));
        return new MenuBar(new Menu("View", null, dark));
    }
}
