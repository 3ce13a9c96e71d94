package dev.firebreak.ui.backups;

import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.WrappedTextCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Only some tables": choose tables of the backup, restore them aside and see per table the rows missing live,
 * then copy them back (the database name typed to confirm). Long steps run through the task executor, so the status
 * bar shows their progress and can cancel them.
 */
final class TableRestoreDialog {
    private TableRestoreDialog() {
    }

    static void show(Window owner, TableRestoreModel model) {
        List<CheckBox> choices = model.backup().tables().stream().map(TableRestoreDialog::choice).toList();
        Button compare = new Button("_Restore aside and compare", new FontIcon(Feather.LAYERS));
        compare.setId("table-restore-compare");
        compare.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> choices.stream().noneMatch(CheckBox::isSelected), choices.stream().map(CheckBox::selectedProperty).toArray(Observable[]::new))));
        compare.setOnAction(event -> model.restoreAndCompare(
                choices.stream().filter(CheckBox::isSelected).map(box -> ((TableStat) box.getUserData()).displayName()).toList()));
        Button copy = new Button("_Copy missing rows back…", new FontIcon(Feather.CORNER_DOWN_LEFT));
        copy.setId("table-restore-copy");
        copy.getStyleClass().add("accent");
        copy.disableProperty().bind(model.busyProperty().or(model.nothingToCopy()));
        copy.setOnAction(event -> model.copyMissingRows());
        Button drop = new Button("_Drop side schema", new FontIcon(Feather.TRASH_2));
        drop.setId("table-restore-drop");
        drop.disableProperty().bind(model.busyProperty().or(model.sideSchemaProperty().isNull()));
        drop.setOnAction(event -> model.dropSideSchema());
        Label status = new Label();
        status.setId("table-restore-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // the table above gives way, not the text
        status.textProperty().bind(model.statusProperty());
        TableView<TableDifference> differences = differences(model);
        VBox.setVgrow(differences, Priority.ALWAYS);

        Label plan = new Label("The chosen tables are restored into a new schema firebreak_restore_<time> of "
                + model.profile().database() + ". The live tables are only read until you copy rows back.");
        plan.setWrapText(true);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, plan, new FlowPane(12, 6, choices.toArray(CheckBox[]::new)), new HBox(8, compare), differences, status,
                new HBox(8, copy, drop));
        content.setPrefSize(820, 480);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Restore some tables");
        dialog.setHeaderText("Only some tables of backup " + model.backup().id() + " → " + model.profile().database());
        dialog.getDialogPane().setId("table-restore-dialog");
        // as wide as the comparison's columns: the theme limits dialogs to 600 px, and only a style outranks it
        dialog.getDialogPane().setStyle("-fx-max-width: 1200px;");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.setOnHidden(event -> model.close());
        dialog.show();
    }

    private static CheckBox choice(TableStat table) {
        CheckBox box = new CheckBox(table.displayName() + " (" + Numbers.of(table.rows(), "row") + ")");
        box.setId("restore-table-" + table.displayName());
        box.setUserData(table);
        box.setMnemonicParsing(false);
        return box;
    }

    private static TableView<TableDifference> differences(TableRestoreModel model) {
        TableView<TableDifference> table = new TableView<>(model.differences());
        table.setId("table-restore-differences");
        table.setPlaceholder(new Label("No comparison yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Table", TableDifference::table, 120),
                column("In backup", row -> Numbers.count(row.rowsInBackup()), 105),
                column("Live", row -> row.rowsLive() == null ? "table missing" : Numbers.count(row.rowsLive()), 110),
                column("Missing live", row -> row.missing() == null ? "unknown" : Numbers.count(row.missing()), 110),
                column("First missing", row -> String.join(", ", row.missingPreview()), 160),
                column("Cannot copy", row -> String.join("; ", notCopied(row)), 150)));
        return table;
    }

    private static List<String> notCopied(TableDifference row) {
        List<String> reasons = new ArrayList<>(row.unmapped().stream().map(column -> "column " + column).toList());
        if (row.notCopyable() != null) {
            reasons.add(0, row.notCopyable());
        }
        return reasons;
    }

    /** A column at least {@code width} wide, its cells wrapping: the reasons a table cannot be copied are long. */
    private static TableColumn<TableDifference, String> column(String title, Function<TableDifference, String> value, double width) {
        TableColumn<TableDifference, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setCellFactory(table -> new WrappedTextCell<>());
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
