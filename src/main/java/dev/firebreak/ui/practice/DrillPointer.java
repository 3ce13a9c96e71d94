package dev.firebreak.ui.practice;

import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.ui.MainWindow;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Selects the tab of the drill's current step and points at the real control to use there (outline + focus). */
public final class DrillPointer implements Consumer<DrillRecord> {
    static final String TARGET = "drill-target";

    private final MainWindow window;
    private final Tab prePush;
    private final Tab backups;
    private final Tab timeline;
    private Node pointed;

    public DrillPointer(MainWindow window, Tab prePush, Tab backups, Tab timeline) {
        this.window = window;
        this.prePush = prePush;
        this.backups = backups;
        this.timeline = timeline;
    }

    @Override
    public void accept(DrillRecord record) {
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
            node.requestFocus();
            pointed = node;
        }
    }

    private void unpoint() {
        if (pointed != null) {
            pointed.getStyleClass().remove(TARGET);
            pointed = null;
        }
    }
}
