package dev.firebreak.ui.backups;

import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.manifest.BackupManifest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** Where a backup's copies are, as badges: "local", "S3". */
final class LocationCell extends TableCell<BackupManifest, Set<Location>> {
    @Override
    protected void updateItem(Set<Location> locations, boolean empty) {
        super.updateItem(locations, empty);
        setText(null);
        if (empty || locations == null) {
            setGraphic(null);
            return;
        }
        HBox badges = new HBox(4);
        badges.setAlignment(Pos.CENTER_LEFT); // on the row's text line, not up at the cell's top edge
        Arrays.stream(Location.values()).filter(locations::contains).forEach(location -> {
            Label badge = new Label(location.toString());
            badge.getStyleClass().addAll("location-badge", "location-" + location.name().toLowerCase(Locale.ROOT));
            badges.getChildren().add(badge);
        });
        setGraphic(badges);
    }
}
