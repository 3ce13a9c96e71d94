package dev.firebreak.ui.backups;

import dev.firebreak.ui.KeepText;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a profile name, a {@code postgresql://user@host:port/db} URL and, if ~/.pgpass, PGPASSFILE or PGPASSWORD
 * do not have it, the password. The password stays in memory; it goes to ~/.pgpass (0600) only if the user ticks
 * that. <em>Connect and add</em> tests the connection with the dialog still open: a failure is explained in it, in
 * plain words, and everything typed stays for the user to correct.
 */
final class AddDatabaseDialog {
    /** Tries what was typed; then exactly one of {@code added} or {@code failed} (with the reason), on the UI thread. */
    interface Connector {
        void connect(NewDatabase typed, Runnable added, Consumer<String> failed);
    }

    private static final ButtonType CONNECT = new ButtonType("Connect and add", ButtonBar.ButtonData.OK_DONE);

    private AddDatabaseDialog() {
    }

    static void show(Window owner, Connector connector) {
        TextField name = new TextField();
        name.setId("add-database-name");
        name.setPromptText("shop");
        TextField url = new TextField();
        url.setId("add-database-url");
        url.setPromptText("postgresql://app@db.example.com:5432/shop");
        url.setPrefColumnCount(32);
        PasswordField password = new PasswordField();
        password.setId("add-database-password");
        password.setPromptText("empty: from ~/.pgpass, PGPASSFILE or PGPASSWORD");
        CheckBox save = new CheckBox("Save to ~/.pgpass (0600)");
        save.setId("add-database-save-password");
        save.disableProperty().bind(password.textProperty().isEmpty());
        Label kept = wrapped("A typed password is kept in memory until Firebreak quits. Scheduled backups and the "
                + "command line need it in ~/.pgpass (or PGPASSFILE, PGPASSWORD).");
        Label problem = wrapped("");
        problem.setId("add-database-problem");
        problem.getStyleClass().add("status-fail");
        problem.setManaged(false);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        GridPane.setHgrow(url, Priority.ALWAYS);
        Label[] names = {new Label("Name"), new Label("URL"), new Label("Password")};
        KeepText.of(names);
        fields.addRow(0, names[0], name);
        fields.addRow(1, names[1], url);
        fields.addRow(2, names[2], password);
        fields.add(save, 1, 3);
        VBox form = new VBox(10, fields, kept, problem); // a VBox gives the wrapped notes the height their lines need
        form.setPadding(new Insets(10));
        form.setPrefWidth(600);

        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add database");
        dialog.setHeaderText("Add a database to back up");
        dialog.getDialogPane().setId("add-database-dialog");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        BooleanProperty connecting = new SimpleBooleanProperty();
        form.disableProperty().bind(connecting);
        Button connect = (Button) dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("add-database-connect");
        connect.disableProperty().bind(name.textProperty().isEmpty().or(url.textProperty().isEmpty()).or(connecting));
        connect.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once the connection worked
            connecting.set(true);
            show(problem, "Connecting to " + url.getText().strip() + " …", false);
            connector.connect(new NewDatabase(name.getText().strip(), url.getText().strip(),
                    password.getText().toCharArray(), save.isSelected()), () -> {
                        dialog.setResult(Boolean.TRUE);
                        dialog.close();
                    }, reason -> {
                        connecting.set(false);
                        show(problem, reason, true);
                        url.requestFocus();
                    });
        });
        dialog.setResultConverter(button -> button == CONNECT);
        name.requestFocus();
        dialog.showAndWait();
    }

    private static void show(Label problem, String text, boolean failed) {
        problem.setText(text);
        problem.setManaged(true);
        problem.getStyleClass().remove("status-fail");
        if (failed) {
            problem.getStyleClass().add("status-fail");
        }
        if (problem.getScene() != null) {
            problem.getScene().getWindow().sizeToScene(); // room for the explanation, however long
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
