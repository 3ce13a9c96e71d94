package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.ui.KeepText;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * History on request: the selected row's versions, oldest first, as the append-only journal keeps them; and the
 * corrections a row allows (amend, pin or unpin, strike out), each a new entry.
 */
final class HistoryLine extends HBox {
    HistoryLine(TimelineViewModel model, Runnable amend) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        Label history = new Label();
        history.setId("timeline-history");
        history.setWrapText(true);
        history.setMaxWidth(Double.MAX_VALUE);
        history.textProperty().bind(Bindings.createStringBinding(() -> text(model.selectedRowProperty().get()),
                model.selectedRowProperty()));
        HBox.setHgrow(history, Priority.ALWAYS);
        BooleanBinding cannotCorrect = Bindings.createBooleanBinding(() -> model.selectedRowProperty().get() == null
                || model.selectedRowProperty().get().struck(), model.selectedRowProperty());
        Button amendButton = new Button("Amend");
        amendButton.setId("timeline-amend");
        amendButton.disableProperty().bind(cannotCorrect);
        amendButton.setOnAction(event -> amend.run());
        Button strike = new Button("Strike out");
        strike.setId("timeline-strike");
        strike.disableProperty().bind(cannotCorrect);
        strike.setOnAction(event -> model.strikeSelected());
        Button pin = new Button("Pin / unpin");
        pin.setId("timeline-pin");
        pin.disableProperty().bind(cannotCorrect);
        pin.setOnAction(event -> model.togglePinSelected());
        KeepText.of(amendButton, pin, strike); // the history wraps instead
        getChildren().addAll(history, amendButton, pin, strike);
    }

    private static String text(TimelineRow row) {
        if (row == null) {
            return "Select an entry to see its history, amend it or strike it out.";
        }
        String versions = row.history().stream().map(HistoryLine::version).collect(Collectors.joining("  →  "));
        return "History of #" + row.original().id() + ": " + versions + (row.struck() ? "  (struck)" : "");
    }

    private static String version(Entry entry) {
        return "#" + entry.id() + " " + TimeText.when(entry) + " " + entry.text() + " (" + entry.author() + ")";
    }
}
