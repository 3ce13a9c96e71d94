package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.CheckResult;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One checklist row: status icon, what was checked, and the finding, wrapped to the lines it needs. */
final class CheckCell extends ListCell<CheckResult> {
    CheckCell() {
        setPrefWidth(0); // as wide as the list: a long finding wraps, not behind a sideways scroll bar
    }

    @Override
    protected void updateItem(CheckResult check, boolean empty) {
        super.updateItem(check, empty);
        if (empty || check == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label title = new Label(check.title() + "  ·  " + check.status());
        title.getStyleClass().addAll("check-title", StatusIcons.styleClass(check.status()));
        Label summary = new Label(check.summary());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // the row grows to the lines the finding wraps into, never "…"
        VBox text = new VBox(2, title, summary);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, StatusIcons.of(check.status()), text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("check-row");
        setGraphic(row);
        setText(null);
        setAccessibleText(check.title() + ": " + check.status() + ". " + check.summary());
    }
}
