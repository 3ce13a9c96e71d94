package dev.firebreak.ui.practice;

import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The drill beside the tabs: five steps, the current one's instruction (or the result of the one just done, with Next),
 * and the recovery time once it exists. Collapsed, it is a narrow strip with the step number and Next, so the tabs get
 * the width back.
 */
public final class DrillPanel extends VBox {
    /** Collapses and expands the panel (Practice menu). */
    public static final String COLLAPSE_KEYS = "Ctrl+Shift+H";

    private final List<Label> steps = new ArrayList<>();
    private final Label instruction = new Label();
    private final Label recovery = new Label();
    private final Label resetNote = new Label();
    private final Label stepOfFive = new Label();
    private final Label title = new Label("Practice drill");
    private final Button collapse = new Button();
    private final Button next = new Button("_Next", new FontIcon(Feather.ARROW_RIGHT_CIRCLE));
    private final VBox details = new VBox(10);
    private final VBox strip = new VBox(10);
    private final HBox header;
    private final BooleanProperty collapsed = new SimpleBooleanProperty();

    public DrillPanel(DrillViewModel model) {
        super(10);
        setId("drill-panel");
        getStyleClass().add("drill-panel");
        setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("banner-title");
        collapse.setId("drill-collapse");
        collapse.setOnAction(event -> {
            collapsed.set(!collapsed.get());
            if (next.isVisible()) {
                next.requestFocus(); // a result is shown: Enter must still press Next, not this button
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, title, spacer, collapse);
        header.setAlignment(Pos.CENTER_LEFT);
        for (DrillStep step : DrillStep.values()) {
            Label label = new Label(step.number() + ". " + step.title());
            label.setId("drill-step-" + step.number());
            label.setWrapText(true);
            steps.add(label);
            details.getChildren().add(label);
        }
        instruction.setId("drill-instruction");
        instruction.setWrapText(true);
        instruction.getStyleClass().add("drill-instruction");
        recovery.setId("drill-recovery");
        recovery.setWrapText(true);
        recovery.getStyleClass().add("banner-title");
        stepOfFive.setId("drill-strip-step");

        Button showMe = new Button("_Show me", new FontIcon(Feather.NAVIGATION));
        showMe.setId("drill-show");
        showMe.setOnAction(event -> model.showMe());
        Button deploy = new Button("_Deploy anyway", new FontIcon(Feather.UPLOAD_CLOUD));
        deploy.setId("drill-deploy");
        deploy.getStyleClass().add("danger");
        deploy.setOnAction(event -> model.deployAnyway());
        deploy.disableProperty().bind(model.busyProperty().or(model.activeProperty().not()));
        next.setId("drill-next");
        next.getStyleClass().add("accent");
        next.setTooltip(new Tooltip("Next step (Enter)"));
        next.setOnAction(event -> model.next());
        next.visibleProperty().bind(model.pausedProperty().isNotNull());
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty()); // Enter, wherever the focus is on the result
        Button reset = new Button("_Reset and run again", new FontIcon(Feather.REFRESH_CW));
        reset.setId("drill-reset");
        reset.setOnAction(event -> model.resetAndRunAgain());
        reset.disableProperty().bind(model.busyProperty());
        resetNote.setId("drill-reset-note");
        resetNote.setWrapText(true);
        resetNote.textProperty().bind(model.resetNoteProperty());
        resetNote.visibleProperty().bind(model.resetNoteProperty().isNotEmpty());
        resetNote.managedProperty().bind(resetNote.visibleProperty());
        details.getChildren().addAll(instruction, showMe, deploy, recovery, reset, resetNote); // Next: by layOut
        strip.setAlignment(Pos.TOP_CENTER);
        strip.getChildren().add(stepOfFive);

        model.recordProperty().addListener((observable, old, record) -> show(record, model.pausedProperty().get(), deploy));
        model.pausedProperty().addListener((observable, old, done) -> show(model.recordProperty().get(), done, deploy));
        collapsed.addListener((observable, old, now) -> layOut(now));
        layOut(false);
    }

    /** True while the panel is a narrow strip; the console remembers it across restarts. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** Next moves with the panel's state (it is the default button, which works only while shown). */
    private void layOut(boolean narrow) {
        title.setVisible(!narrow);
        title.setManaged(!narrow);
        collapse.setGraphic(new FontIcon(narrow ? Feather.CHEVRONS_LEFT : Feather.CHEVRONS_RIGHT));
        collapse.setTooltip(new Tooltip((narrow ? "Show the drill panel (" : "Collapse the drill panel (") + COLLAPSE_KEYS + ")"));
        boolean focused = next.isFocused();
        (narrow ? details : strip).getChildren().remove(next);
        if (narrow) {
            strip.getChildren().add(next);
        } else {
            details.getChildren().add(details.getChildren().indexOf(instruction) + 1, next);
        }
        if (focused) {
            next.requestFocus(); // moved, it lost the focus
        }
        next.setContentDisplay(narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        setPadding(new Insets(narrow ? 8 : 14));
        setPrefWidth(narrow ? Region.USE_COMPUTED_SIZE : 300);
        getChildren().setAll(header, narrow ? strip : details);
    }

    private void show(DrillRecord record, DrillStep paused, Button deploy) {
        if (record == null) {
            return;
        }
        DrillStep current = record.current().orElse(null);
        for (DrillStep step : DrillStep.values()) {
            Label label = steps.get(step.ordinal());
            label.getStyleClass().removeAll("status-pass", "drill-current", "status-skip");
            label.getStyleClass().add(record.isDone(step) ? "status-pass" : step == current ? "drill-current" : "status-skip");
            label.setGraphic(new FontIcon(record.isDone(step) ? Feather.CHECK_CIRCLE : step == current ? Feather.ARROW_RIGHT : Feather.CIRCLE));
        }
        instruction.setText(paused != null && current != null ? resultText(paused, current)
                : current == null ? "Drill complete. Reset and run it again to beat your time." : current.instruction());
        stepOfFive.setText(current == null ? "Done" : current.number() + " of " + DrillStep.values().length);
        stepOfFive.setTooltip(new Tooltip(current == null ? "Drill complete" : "Step " + current.number() + ": " + current.title()));
        deploy.setVisible(!record.isDone(DrillStep.DEPLOY));
        deploy.setManaged(deploy.isVisible());
        recovery.setText(DrillViewModel.recoveryText(record));
    }

    /** "Step 1 done. Your backup is verified … Press Next (Enter) for step 2: …". */
    static String resultText(DrillStep done, DrillStep next) {
        return "Step " + done.number() + " done. " + done.result() + " Press Next (Enter) for step " + next.number() + ": "
                + next.title() + ".";
    }
}
