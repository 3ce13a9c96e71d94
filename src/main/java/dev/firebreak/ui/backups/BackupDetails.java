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
        TableColumn<TableRow, String> now = column("Rows now", TableRow::rowsNowText);
        now.setCellFactory(column -> new LossCell());
        getColumns().setAll(List.of(column("Table", TableRow::table), column("Rows in backup", row -> Numbers.count(row.rowsInBackup())),
                column("Size", row -> Numbers.bytes(row.bytes())), now));
    }

    private static TableColumn<TableRow, String> column(String title, Function<TableRow, String> value) {
        TableColumn<TableRow, String> column = new TableColumn<>(title);
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
