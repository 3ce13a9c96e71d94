package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.ui.WrappedTextCell;
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
        // what happened takes the width the others leave, and every cell wraps: a row grows rather than end in "…"
        getColumns().add(column("When", 120, row -> TimeText.when(row.current())));
        getColumns().add(column("Kind", 95, row -> row.current().kind().label()));
        getColumns().add(column("By", 115, row -> row.current().author() + " · " + row.current().source().label()));
        TableColumn<TimelineRow, String> what = column("What happened", 240, TimelineTable::text);
        what.setMinWidth(180);
        getColumns().add(what);
        setRowFactory(table -> new StyledRow());
    }

    private static String text(TimelineRow row) {
        Entry entry = row.current();
        String marker = (entry.pinned() ? "📌 " : "") + (Milestone.of(entry).isPresent() ? "★ " : "");
        return marker + entry.text() + (row.amended() ? "  (amended)" : "");
    }

    /** A column of {@code width} that keeps it (the last one gets the rest) and wraps its cells. */
    private static TableColumn<TimelineRow, String> column(String title, double width, Function<TimelineRow, String> value) {
        TableColumn<TimelineRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(table -> new WrappedTextCell<>());
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
