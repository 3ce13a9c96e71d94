package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Milestone;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Timeline tab without a mouse. A filter on the whole tab, so each combination works wherever the focus is in
 * it (mostly the capture line); Ctrl+L, which works from every tab, is the window's ({@link TimelineView#CAPTURE_SHORTCUT}).
 */
final class TimelineKeys {
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    private TimelineKeys() {
    }

    static void install(Node tab, TimelineViewModel model, IncidentBar incidents, TableView<?> table) {
        TimelineKeys keys = new TimelineKeys();
        keys.on(KeyCode.N, KeyCombination.SHORTCUT_DOWN, incidents::focusNewTitle);
        keys.on(KeyCode.UP, KeyCombination.SHORTCUT_DOWN, () -> select(table, -1));
        keys.on(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN, () -> select(table, +1));
        keys.on(KeyCode.P, KeyCombination.SHORTCUT_DOWN, model::togglePinSelected);
        keys.on(KeyCode.D, KeyCombination.ALT_DOWN, () -> model.logMilestone(Milestone.DETECTED));
        keys.on(KeyCode.I, KeyCombination.ALT_DOWN, () -> model.logMilestone(Milestone.IDENTIFIED));
        keys.on(KeyCode.M, KeyCombination.ALT_DOWN, () -> model.logMilestone(Milestone.MITIGATED));
        keys.on(KeyCode.R, KeyCombination.ALT_DOWN, () -> model.logMilestone(Milestone.RESOLVED));
        keys.on(KeyCode.C, KeyCombination.ALT_DOWN, () -> model.logMilestone(Milestone.CLOSED));
        tab.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
    }

    private void on(KeyCode code, KeyCombination.Modifier modifier, Runnable action) {
        actions.put(new KeyCodeCombination(code, modifier), action);
    }

    private void handle(KeyEvent event) {
        actions.entrySet().stream().filter(entry -> entry.getKey().match(event)).findFirst().ifPresent(entry -> {
            entry.getValue().run();
            event.consume();
        });
    }

    /** Moves the row selection while the focus stays in the capture line; from no selection it starts at the newest. */
    private static void select(TableView<?> table, int step) {
        int rows = table.getItems().size();
        if (rows == 0) {
            return;
        }
        int current = table.getSelectionModel().getSelectedIndex();
        int next = current < 0 ? rows - 1 : Math.max(0, Math.min(rows - 1, current + step));
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(next);
    }
}
