package dev.firebreak.ui.backups;

import dev.firebreak.core.Numbers;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The selected backup's tables with their exact row counts, and after Compare, how many rows each has now. */
final class BackupDetails extends TableView<TableRow> {
    BackupDetails(BackupsViewModel model) {
        super(model.tables());
        setId("backup-tables");
        setPlaceholder(new Label("Select a backup to see its tables and row counts"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the rows now take the width left: "table missing  (3,649 missing)" is what a restore is chosen by
        TableColumn<TableRow, String> now = column("Rows now", TableRow::rowsNowText, 250);
        now.setCellFactory(column -> new LossCell());
        getColumns().setAll(List.of(column("Table", TableRow::table, 180), column("Rows in backup", row -> Numbers.count(row.rowsInBackup()), 140),
                column("Size", row -> Numbers.bytes(row.bytes()), 110), now));
    }

    private static TableColumn<TableRow, String> column(String title, Function<TableRow, String> value, double width) {
        TableColumn<TableRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    /** Rows now fewer than in the backup: the data a restore would bring back, in red. */
    private static final class LossCell extends TableCell<TableRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().remove("status-fail");
            TableRow row = empty ? null : getTableRow().getItem();
            if (row != null && row.missing() > 0) {
                getStyleClass().add("status-fail");
                setText(text + "  (" + Numbers.count(row.missing()) + " missing)");
            }
        }
    }
}
