package dev.firebreak.ui.timeline;

import dev.firebreak.ui.Activatable;
import dev.firebreak.ui.HeadlineBanner;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The Timeline tab: incident bar and headline, the timeline, and the always-focused capture line. */
public final class TimelineView extends BorderPane implements Activatable {
    /** From anywhere in the window: to the Timeline tab, cursor in the capture line. */
    public static final KeyCombination CAPTURE_SHORTCUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final TimelineViewModel model;
    private final CaptureBar capture;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        setId("timeline-view");
        setPadding(new Insets(12));
        Label headline = new Label();
        headline.setId("timeline-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        capture = new CaptureBar(model);
        TimelineTable table = new TimelineTable(model.rows());
        model.selectedRowProperty().bind(table.getSelectionModel().selectedItemProperty());

        IncidentBar incidents = new IncidentBar(model);
        HeadlineBanner situation = new HeadlineBanner(model.situationProperty(), "timeline-situation",
                "timeline-situation-title", "timeline-next");
        setTop(new VBox(10, situation, incidents, headline));
        SplitPane split = new SplitPane(table, new PostmortemView(model));
        split.setDividerPositions(0.64);
        setCenter(split);
        Label reminder = new Label();
        reminder.setId("timeline-reminder");
        reminder.getStyleClass().add("status-warn");
        reminder.textProperty().bind(model.quietReminderProperty());
        reminder.visibleProperty().bind(model.quietReminderProperty().isNotEmpty());
        reminder.managedProperty().bind(reminder.visibleProperty());
        setBottom(new VBox(8, new HistoryLine(model, () -> {
            model.amendSelected();
            capture.focusLine();
        }), reminder, capture));
        BorderPane.setMargin(split, new Insets(10, 0, 10, 0));
        TimelineKeys.install(this, model, incidents, table);
        // Clicking around must never cost the next line: whatever was clicked, typing goes to the capture line.
        table.setFocusTraversable(false);
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                capture.focusLine();
            }
        });
    }

    /** Shown: read what other tabs and processes journaled meanwhile, follow a shared journal, focus the capture line. */
    @Override
    public void activate() {
        model.refresh();
        model.follow();
        capture.focusLine();
    }

    public void focusCapture() {
        capture.focusLine();
    }

    @Override
    public void deactivate() {
        model.unfollow();
    }
}
