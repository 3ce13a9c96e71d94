package dev.firebreak.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {
    private static final double TEXT_WIDTH = 540; // within the theme's 600 px dialogs

    private final Window owner;
    private final StatusBar statusBar;

    public FxDialogService(Window owner, StatusBar statusBar) {
        this.owner = owner;
        this.statusBar = statusBar;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        showWhole(alert, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        statusBar.showMessage(message);
    }

    @Override
    public void notify(String message, Path folder) {
        statusBar.showMessage(message, () -> FolderOpener.open(folder,
                failure -> Platform.runLater(() -> statusBar.showMessage(failure))));
    }

    @Override
    public boolean confirm(String title, String plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, plan, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        showWhole(alert, plan);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String plan, String expected) {
        TextField typed = new TextField();
        typed.setPromptText(expected);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        showWhole(alert, plan, new Label("Type " + expected + " to confirm:"), typed);
        alert.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(expected));
        typed.requestFocus();
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /**
     * The text in full, wrapped at a width a dialog can have on any screen; the dialog grows to its height. (An Alert's
     * own text is sized for one line on some platforms and a long line is cut: "…the restored copy is…".)
     */
    private static void showWhole(Alert alert, String text, Node... below) {
        VBox content = new VBox(8, KeepText.wrapped(text));
        content.getChildren().addAll(below);
        content.setPrefWidth(TEXT_WIDTH);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
