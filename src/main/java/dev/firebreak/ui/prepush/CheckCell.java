package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.CheckResult;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One checklist row: status icon, what was checked, and the one-line finding. */
final class CheckCell extends ListCell<CheckResult> {
    CheckCell() {
        setPrefWidth(0); // as wide as the list: a long finding ends in …, not behind a sideways scroll bar
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
        VBox text = new VBox(2, title, summary);
        HBox row = new HBox(10, StatusIcons.of(check.status()), text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("check-row");
        setGraphic(row);
        setText(null);
        setAccessibleText(check.title() + ": " + check.status() + ". " + check.summary());
    }
}
