package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.EntryKind;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The single capture line: type, Enter, keep typing. A leading "2:03" or "3:00-7:30" sets when it happened. */
final class CaptureBar extends HBox {
    private final TextField line = new TextField();

    CaptureBar(TimelineViewModel model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.setId("timeline-capture-kind");
        kind.getItems().setAll(EntryKind.values());
        kind.valueProperty().bindBidirectional(model.captureKindProperty());
        line.setId("timeline-capture");
        line.getStyleClass().add("capture-line");
        line.setPromptText("What happened? Enter logs it now; \"2:03 …\" or \"3:00-7:30 …\" logs it then");
        line.textProperty().bindBidirectional(model.captureTextProperty());
        line.setOnAction(event -> model.capture());
        HBox.setHgrow(line, Priority.ALWAYS);
        getChildren().addAll(line, kind);
    }

    void focusLine() {
        line.requestFocus();
    }
}
