package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.TimelineRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The timeline as it reads now: milestones ★ and emphasised, pinned 📌, struck crossed out, amended noted. */
final class TimelineTable extends TableView<TimelineRow> {
    static final String MILESTONE = "timeline-milestone";
    static final String STRUCK = "timeline-struck";

    TimelineTable(ObservableList<TimelineRow> rows) {
        super(rows);
        setId("timeline-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Nothing logged yet. Type below what happened, then Enter."));
        // when and what kind stay readable in a narrow tab; author and source give way first
        TableColumn<TimelineRow, String> when = column("When", 210, row -> TimeText.when(row.current()));
        when.setMinWidth(205);
        TableColumn<TimelineRow, String> kind = column("Kind", 110, row -> row.current().kind().label());
        kind.setMinWidth(90);
        getColumns().add(when);
        getColumns().add(kind);
        getColumns().add(column("Author", 110, row -> row.current().author()));
        getColumns().add(column("Source", 80, row -> row.current().source().label()));
        getColumns().add(column("What happened", 480, TimelineTable::text));
        setRowFactory(table -> new StyledRow());
    }

    private static String text(TimelineRow row) {
        Entry entry = row.current();
        String marker = (entry.pinned() ? "📌 " : "") + (Milestone.of(entry).isPresent() ? "★ " : "");
        return marker + entry.text() + (row.amended() ? "  (amended)" : "");
    }

    private static TableColumn<TimelineRow, String> column(String title, double width, Function<TimelineRow, String> value) {
        TableColumn<TimelineRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static final class StyledRow extends TableRow<TimelineRow> {
        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(MILESTONE, STRUCK);
            if (!empty && row != null) {
                if (Milestone.of(row.current()).isPresent()) {
                    getStyleClass().add(MILESTONE);
                }
                if (row.struck()) {
                    getStyleClass().add(STRUCK);
                }
            }
        }
    }
}
