package dev.firebreak.ui.backups;

import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.WrappedTextCell;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every backup of the chosen database, newest first: when, how old, how big, why, where, and whether it was restored. */
final class BackupTable extends TableView<BackupManifest> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    BackupTable(BackupsViewModel model, Clock clock) {
        super(model.backups());
        setId("backups-table");
        setPlaceholder(new Label("No backups yet. Back up now (Ctrl+B)."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // every column keeps the width its text needs; when, the label and the verification wrap onto more lines
        getColumns().setAll(List.of(
                wrapping(column("Taken", b -> TIME.format(b.finishedAt()), 100)),
                column("Age", b -> Ages.ago(b.finishedAt(), clock.instant()), 80),
                column("Size", b -> Numbers.bytes(b.sizeBytes()), 75),
                column("Rows", b -> Numbers.count(b.totalRows()), 70),
                wrapping(column("Label", b -> b.label().describe(b.database(), b.finishedAt(), ZoneId.systemDefault()), 150)),
                where(model),
                wrapping(column("Verification", b -> Ages.verification(b, clock.instant()), 130)),
                column("SHA-256", b -> b.sha256().substring(0, 12) + "…", 135)));
        getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((observable, old, now) -> {
            if (now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(now);
            }
        });
    }

    private static TableColumn<BackupManifest, Set<Location>> where(BackupsViewModel model) {
        TableColumn<BackupManifest, Set<Location>> column = new TableColumn<>("Where");
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(model.locationsOf(cell.getValue())));
        column.setCellFactory(table -> new LocationCell());
        column.setPrefWidth(75);
        column.setMinWidth(75);
        return column;
    }

    private static TableColumn<BackupManifest, String> column(String title, Function<BackupManifest, String> value, double width) {
        TableColumn<BackupManifest, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<BackupManifest, String> wrapping(TableColumn<BackupManifest, String> column) {
        column.setCellFactory(table -> new WrappedTextCell<>());
        return column;
    }
}
