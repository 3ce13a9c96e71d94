package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.EntryKind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The single capture line: type, Enter, keep typing. A leading "2:03" or "3:00-7:30" sets when it happened.
 * While amending an entry it says so; Escape cancels.
 */
final class CaptureBar extends HBox {
    private final TextField line = new TextField();

    CaptureBar(TimelineViewModel model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        Label amending = new Label();
        amending.setId("timeline-amending");
        amending.textProperty().bind(Bindings.createStringBinding(() -> model.amendingProperty().get() == null ? ""
                : "Amending #" + model.amendingProperty().get().current().id() + ":", model.amendingProperty()));
        amending.visibleProperty().bind(model.amendingProperty().isNotNull());
        amending.managedProperty().bind(amending.visibleProperty());
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.setId("timeline-capture-kind");
        kind.getItems().setAll(EntryKind.values());
        kind.valueProperty().bindBidirectional(model.captureKindProperty());
        kind.disableProperty().bind(model.amendingProperty().isNotNull());
        line.setId("timeline-capture");
        line.getStyleClass().add("capture-line");
        line.setPromptText("What happened? Enter logs it now; \"2:03 …\" or \"3:00-7:30 …\" logs it then");
        line.textProperty().bindBidirectional(model.captureTextProperty());
        line.setOnAction(event -> model.capture());
        line.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                model.cancelAmend();
            }
        });
        HBox.setHgrow(line, Priority.ALWAYS);
        getChildren().addAll(amending, line, kind);
    }

    void focusLine() {
        line.requestFocus();
        line.end();
    }
}
