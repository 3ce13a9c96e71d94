package dev.firebreak.ui.prepush;

import dev.firebreak.git.DiffLine;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** A file's outgoing diff; lines the analyzer flags as destructive are marked red with the rule that fired. */
final class DiffView extends BorderPane {
    DiffView(DiffModel model) {
        Label title = new Label();
        title.setId("prepush-diff-title");
        title.textProperty().bind(model.titleProperty());
        ListView<DiffLine> lines = new ListView<>(model.lines());
        lines.setId("prepush-diff");
        lines.setCellFactory(list -> new DiffCell(model));
        setTop(title);
        setCenter(lines);
    }

    private static final class DiffCell extends ListCell<DiffLine> {
        private final DiffModel model;

        DiffCell(DiffModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(DiffLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeIf(style -> style.startsWith("diff-"));
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add("diff-" + line.kind().name().toLowerCase(Locale.ROOT));
            Label text = new Label(sign(line) + line.text());
            text.getStyleClass().add("mono");
            HBox row = new HBox(6, number(line.oldLine()), number(line.newLine()), text);
            String finding = model.findingAt(line);
            if (finding != null) {
                getStyleClass().add("diff-destructive");
                Label why = new Label("← " + finding);
                why.getStyleClass().add("destructive-note");
                row.getChildren().add(why);
            }
            setGraphic(row);
        }

        private static Label number(int line) {
            Label number = new Label(line == 0 ? "" : Integer.toString(line));
            number.getStyleClass().addAll("mono", "diff-number");
            return number;
        }

        private static String sign(DiffLine line) {
            return switch (line.kind()) {
                case ADDED -> "+ ";
                case REMOVED -> "- ";
                case CONTEXT -> "  ";
                case SKIPPED -> "";
            };
        }
    }
}
