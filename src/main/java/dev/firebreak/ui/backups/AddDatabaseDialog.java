package dev.firebreak.ui.backups;

import dev.firebreak.ui.KeepText;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a profile name and a {@code postgresql://user@host:port/db} URL. No password field on purpose: passwords
 * come from ~/.pgpass, PGPASSFILE or PGSERVICE, so Firebreak never has to store one.
 */
final class AddDatabaseDialog {
    private AddDatabaseDialog() {
    }

    /** The typed {name, url}, or empty when cancelled. */
    static Optional<String[]> ask(Window owner) {
        TextField name = new TextField();
        name.setId("add-database-name");
        name.setPromptText("shop");
        TextField url = new TextField();
        url.setId("add-database-url");
        url.setPromptText("postgresql://app@db.example.com:5432/shop");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("URL"), url);
        form.add(KeepText.wrapped("The password comes from ~/.pgpass (mode 0600), PGPASSFILE or PGSERVICE; it is never stored."), 0, 2, 2, 1);
        Dialog<String[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add database");
        dialog.setHeaderText("Add a database to back up");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(name.textProperty().isEmpty().or(url.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new String[] {name.getText().strip(), url.getText().strip()} : null);
        name.requestFocus();
        return dialog.showAndWait();
    }
}
