package dev.firebreak.ui.practice;

import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The drill beside the tabs: five steps, the current one's instruction (or the result of the one just done, with Next),
 * and the recovery time once it exists.
 */
public final class DrillPanel extends VBox {
    private final List<Label> steps = new ArrayList<>();
    private final Label instruction = new Label();
    private final Label recovery = new Label();
    private final Label resetNote = new Label();

    public DrillPanel(DrillViewModel model) {
        super(10);
        setId("drill-panel");
        getStyleClass().add("drill-panel");
        setPadding(new Insets(14));
        setPrefWidth(300);
        setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label("Practice drill");
        title.getStyleClass().add("banner-title");
        getChildren().add(title);
        for (DrillStep step : DrillStep.values()) {
            Label label = new Label(step.number() + ". " + step.title());
            label.setId("drill-step-" + step.number());
            label.setWrapText(true);
            steps.add(label);
            getChildren().add(label);
        }
        instruction.setId("drill-instruction");
        instruction.setWrapText(true);
        instruction.getStyleClass().add("drill-instruction");
        recovery.setId("drill-recovery");
        recovery.setWrapText(true);
        recovery.getStyleClass().add("banner-title");

        Button showMe = new Button("_Show me", new FontIcon(Feather.NAVIGATION));
        showMe.setId("drill-show");
        showMe.setOnAction(event -> model.showMe());
        Button deploy = new Button("_Deploy anyway", new FontIcon(Feather.UPLOAD_CLOUD));
        deploy.setId("drill-deploy");
        deploy.getStyleClass().add("danger");
        deploy.setOnAction(event -> model.deployAnyway());
        deploy.disableProperty().bind(model.busyProperty().or(model.activeProperty().not()));
        Button next = new Button("_Next", new FontIcon(Feather.ARROW_RIGHT_CIRCLE));
        next.setId("drill-next");
        next.getStyleClass().add("accent");
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
        getChildren().addAll(instruction, next, showMe, deploy, recovery, reset, resetNote);

        model.recordProperty().addListener((observable, old, record) -> show(record, model.pausedProperty().get(), deploy));
        model.pausedProperty().addListener((observable, old, done) -> show(model.recordProperty().get(), done, deploy));
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
