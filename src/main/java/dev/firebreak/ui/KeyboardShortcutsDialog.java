package dev.firebreak.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › Keyboard shortcuts: every key the window answers to right now, with what it does. */
final class KeyboardShortcutsDialog {
    private KeyboardShortcutsDialog() {
    }

    static void show(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        for (int row = 0; row < shortcuts.size(); row++) {
            Label keys = new Label(shortcuts.get(row).keys());
            keys.getStyleClass().addAll("shortcut-keys", "mono");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(shortcuts.get(row).action());
            action.setWrapText(true);
            grid.addRow(row, keys, action);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
