package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.export.TemplateSection;
import dev.firebreak.ui.KeepText;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The written postmortem beside the timeline: the template's sections with their blameless questions, then the action
 * items, all in one scrolling column (in a short window nothing is drawn over anything else); Save and Export stay in sight.
 */
final class PostmortemView extends VBox {
    PostmortemView(TimelineViewModel model) {
        super(8);
        setId("timeline-postmortem");
        PostmortemForm form = model.postmortem();
        VBox fields = new VBox(6, new Label("Postmortem"));
        fields.getChildren().get(0).getStyleClass().add("title-4");
        addField(fields, TemplateSection.SUMMARY, form.summary);
        addField(fields, TemplateSection.IMPACT, form.impact);
        addField(fields, TemplateSection.ROOT_CAUSES, form.rootCauses);
        addField(fields, TemplateSection.TRIGGER, form.trigger);
        addField(fields, TemplateSection.RESOLUTION, form.resolution);
        addField(fields, TemplateSection.DETECTION, form.detection);
        addField(fields, TemplateSection.WENT_WELL, form.wentWell);
        addField(fields, TemplateSection.WENT_WRONG, form.wentWrong);
        addField(fields, TemplateSection.GOT_LUCKY, form.gotLucky);
        fields.getChildren().addAll(new Label(TemplateSection.ACTION_ITEMS.title()), actionItems(form));
        fields.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setId("postmortem-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button save = new Button("Save postmortem");
        save.setId("timeline-save-postmortem");
        save.setOnAction(event -> model.savePostmortem());
        Button export = new Button("Export…");
        export.setId("timeline-export");
        export.setOnAction(event -> model.exportPostmortem());
        save.disableProperty().bind(model.selectedProperty().isNull());
        export.disableProperty().bind(model.selectedProperty().isNull());
        KeepText.of(save, export);
        getChildren().addAll(scroll, new HBox(8, save, export));
    }

    private static void addField(VBox fields, TemplateSection section, StringProperty value) {
        TextArea area = new TextArea();
        area.setId("postmortem-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        area.setPromptText(section.prompt());
        area.setWrapText(true);
        area.setPrefRowCount(3); // room for the question, wrapped in a narrow column
        area.textProperty().bindBidirectional(value);
        fields.getChildren().addAll(new Label(section.title()), area);
    }

    private static VBox actionItems(PostmortemForm form) {
        ListView<ActionItem> list = new ListView<>(form.actionItems);
        list.setId("postmortem-action-items");
        list.setPrefHeight(110);
        list.getStyleClass().add("wrapping-cells");
        Label prompt = new Label(TemplateSection.ACTION_ITEMS.prompt());
        prompt.setWrapText(true);
        list.setPlaceholder(prompt);
        list.setCellFactory(view -> new ActionItemCell());
        list.setOnMouseClicked(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (event.getClickCount() == 2 && index >= 0) {
                form.toggleDone(index);
            }
        });
        TextField text = new TextField();
        text.setId("postmortem-action-text");
        text.setPromptText("Action item");
        TextField owner = new TextField();
        owner.setId("postmortem-action-owner");
        owner.setPromptText("Owner");
        owner.setPrefColumnCount(8);
        HBox.setHgrow(owner, Priority.ALWAYS);
        ComboBox<ActionItem.Type> type = new ComboBox<>();
        type.getItems().setAll(ActionItem.Type.values());
        type.setValue(ActionItem.Type.PREVENT);
        Button add = new Button("Add");
        add.setId("postmortem-action-add");
        add.disableProperty().bind(text.textProperty().isEmpty());
        add.setOnAction(event -> {
            form.actionItems.add(new ActionItem(text.getText().strip(), owner.getText().strip(), type.getValue(), false));
            text.clear();
            owner.clear();
        });
        owner.setMinWidth(75); // "Owner" in full; the item's text has a row of its own
        KeepText.of(type, add);
        HBox who = new HBox(6, owner, type, add);
        who.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Double-click an item to mark it done or open.");
        hint.setWrapText(true);
        return new VBox(6, list, text, who, hint);
    }

    /** Wraps at the list's width, so an item's owner is read without scrolling sideways. */
    private static final class ActionItemCell extends ListCell<ActionItem> {
        ActionItemCell() {
            setWrapText(true);
            setPrefWidth(0); // the list's width, not the text's: no sideways scrolling
        }

        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (item.done() ? "☑ " : "☐ ") + item.text()
                    + " · " + item.type().name().toLowerCase(Locale.ROOT) + (item.owner().isEmpty() ? "" : " · " + item.owner()));
        }
    }
}
