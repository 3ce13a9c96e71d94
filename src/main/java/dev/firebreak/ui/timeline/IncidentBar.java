package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Severity;
import dev.firebreak.ui.KeepText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Choose an incident, resolve it, or open a new one (title and severity; Ctrl+N puts the cursor in the title). The
 * new-incident fields move to a row of their own when the tab is too narrow for the chosen incident's whole title.
 */
final class IncidentBar extends FlowPane {
    private final TextField title = new TextField();

    IncidentBar(TimelineViewModel model) {
        super(24, 8);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<Incident> chooser = new ComboBox<>(model.incidents());
        chooser.setId("timeline-incident");
        chooser.setPromptText("Incident");
        chooser.setCellFactory(list -> new IncidentCell());
        chooser.setButtonCell(new IncidentCell());
        chooser.valueProperty().bindBidirectional(model.selectedProperty());
        chooser.setMaxWidth(640); // in its row it gets its width: that of the longest title, up to this

        Button resolve = new Button("Resolve");
        resolve.setId("timeline-resolve");
        resolve.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().isOpen(), model.selectedProperty()));
        resolve.setOnAction(event -> model.resolve());

        title.setId("timeline-new-title");
        title.setPromptText("New incident: what is going on?");
        title.textProperty().bindBidirectional(model.newTitleProperty());
        title.setOnAction(event -> model.openIncident());
        title.setPrefColumnCount(22); // the whole prompt
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Severity> severity = new ComboBox<>();
        severity.getItems().setAll(Severity.values());
        severity.valueProperty().bindBidirectional(model.newSeverityProperty());
        Button open = new Button("Open incident");
        open.setId("timeline-open");
        open.disableProperty().bind(model.newTitleProperty().isEmpty());
        open.setOnAction(event -> model.openIncident());

        Label label = new Label("Incident");
        KeepText.of(label, resolve, severity, open);
        HBox chosen = new HBox(8, label, chooser, resolve);
        HBox opening = new HBox(8, title, severity, open);
        chosen.setAlignment(Pos.CENTER_LEFT);
        opening.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(chosen, opening);
    }

    void focusNewTitle() {
        title.requestFocus();
    }

    private static final class IncidentCell extends ListCell<Incident> {
        @Override
        protected void updateItem(Incident incident, boolean empty) {
            super.updateItem(incident, empty);
            setText(empty || incident == null ? null : incident.operationsLog() ? incident.title()
                    : incident.id() + " · " + incident.title() + " (" + incident.status().label() + ")");
        }
    }
}
