package dev.firebreak.ui.practice;

import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.ui.MainWindow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tab;

/**
 * Selects the tab of the drill's current step (or of the result just reached) and points at the real control to use
 * there: an outline and the keyboard focus. A control disabled while a job runs (Verify while Ctrl+B's backup is
 * listed, Deploy anyway after its dialog) loses the focus; it gets it back once enabled, unless the user is typing.
 */
public final class DrillPointer implements DrillGuide {
    static final String TARGET = "drill-target";
    static final String NEXT = "#drill-next";

    private final MainWindow window;
    private final Tab prePush;
    private final Tab backups;
    private final Tab timeline;
    private Node pointed;
    private final ChangeListener<Boolean> focusWhenEnabled = (observable, was, disabled) -> {
        if (!disabled && pointed != null && pointed.getScene() != null
                && !(pointed.getScene().getFocusOwner() instanceof TextInputControl)) {
            pointed.requestFocus();
        }
    };

    public DrillPointer(MainWindow window, Tab prePush, Tab backups, Tab timeline) {
        this.window = window;
        this.prePush = prePush;
        this.backups = backups;
        this.timeline = timeline;
    }

    @Override
    public void pointAtStep(DrillRecord record) {
        unpoint();
        record.current().ifPresent(step -> {
            switch (step) {
                case BACKUP, RESTORE -> window.select(backups);
                case PUSH_BLOCKED -> window.select(prePush);
                case POSTMORTEM -> window.select(timeline);
                case DEPLOY -> window.showTabs();
            }
            String target = target(step, record);
            Platform.runLater(() -> point(window.lookup(target))); // after the selected tab has laid out
        });
    }

    @Override
    public void showResult(DrillStep done) {
        unpoint();
        switch (done) {
            case BACKUP, DEPLOY, RESTORE -> window.select(backups); // the verified backup; the rows missing; back
            case PUSH_BLOCKED -> window.select(prePush);
            case POSTMORTEM -> window.select(timeline);
        }
        Platform.runLater(() -> point(window.lookup(NEXT)));
    }

    private static String target(DrillStep step, DrillRecord record) {
        return switch (step) {
            case BACKUP -> record.backupId() == null ? "#backups-backup-now" : "#backups-verify";
            case PUSH_BLOCKED -> "#prepush-checklist";
            case DEPLOY -> "#drill-deploy";
            case RESTORE -> "#backups-compare";
            case POSTMORTEM -> "#timeline-capture";
        };
    }

    private void point(Node node) {
        unpoint();
        if (node != null) {
            node.getStyleClass().add(TARGET);
            pointed = node;
            node.disabledProperty().addListener(focusWhenEnabled);
            if (!node.isDisabled()) {
                node.requestFocus();
            }
        }
    }

    private void unpoint() {
        if (pointed != null) {
            pointed.disabledProperty().removeListener(focusWhenEnabled);
            pointed.getStyleClass().remove(TARGET);
            pointed = null;
        }
    }
}
