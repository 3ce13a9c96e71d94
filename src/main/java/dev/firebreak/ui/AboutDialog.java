package dev.firebreak.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Help › About: the version and the folders this console really uses, as the composition root chose them
 * ($FIREBREAK_HOME or the platform's data folder). The paths can be selected and copied into a terminal or a bug report.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, String version, Path dataFolder, Path logFolder) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        Label shownVersion = new Label(version);
        shownVersion.setId("about-version");
        Label[] names = {new Label("Version"), new Label("Data folder"), new Label("Log folder")};
        KeepText.of(names);
        grid.addRow(0, names[0], shownVersion);
        grid.addRow(1, names[1], copyable(dataFolder, "about-data-folder"));
        grid.addRow(2, names[2], copyable(logFolder, "about-log-folder"));
        Label home = new Label("Set FIREBREAK_HOME to keep the data somewhere else.");
        home.setWrapText(true);
        grid.add(home, 0, 3, 2, 1);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Firebreak");
        dialog.setHeaderText("Firebreak " + version);
        dialog.getDialogPane().setId("about-dialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static TextField copyable(Path path, String id) {
        TextField field = new TextField(path.toString());
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(20, path.toString().length()));
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
