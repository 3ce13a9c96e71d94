package dev.firebreak.ui;

import dev.firebreak.ui.task.FxTaskExecutor;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: passing notices on the left, the running job with its progress and a Cancel button on the right. */
public final class StatusBar extends HBox {
    private final Label message = new Label("Ready");
    private final Label backupFreshness = new Label();
    private final StringProperty incident = new SimpleStringProperty("");
    private final Label jobMessage = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));

    public StatusBar(FxTaskExecutor executor) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        message.setId("status-message");
        cancel.setId("status-cancel");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setPrefWidth(180);
        backupFreshness.setId("status-backup");
        backupFreshness.setGraphic(new FontIcon(Feather.DATABASE));
        Label incidentElapsed = new Label();
        incidentElapsed.setId("status-incident");
        incidentElapsed.getStyleClass().add("status-warn");
        incidentElapsed.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        incidentElapsed.textProperty().bind(Bindings.when(incident.isEmpty()).then("")
                .otherwise(incident.concat("  ·  Ctrl+L to log")));
        incidentElapsed.visibleProperty().bind(incident.isNotEmpty());
        incidentElapsed.managedProperty().bind(incidentElapsed.visibleProperty());
        // the backup's age and the incident clock must never be cut short; a passing notice may be
        backupFreshness.setMinWidth(Region.USE_PREF_SIZE);
        incidentElapsed.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node jobPart : new javafx.scene.Node[] {jobMessage, progress, cancel}) {
            jobPart.managedProperty().bind(jobPart.visibleProperty()); // no empty gap while nothing runs
        }
        getChildren().addAll(backupFreshness, incidentElapsed, message, spacer, jobMessage, progress, cancel);
        fade.setOnFinished(event -> {
            message.setText("");
            message.getStyleClass().remove("status-link");
            message.setOnMouseClicked(null);
        });
        cancel.setOnAction(event -> {
            cancel.setDisable(true); // the job now says "Cancelling…" until its cleanup has run
            executor.cancel(executor.currentProperty().get());
        });
        executor.currentProperty().addListener((observable, old, job) -> show(job));
        show(null);
    }

    /** Always in sight: how old the newest backup of the current database is. */
    public javafx.beans.property.StringProperty backupFreshnessProperty() {
        return backupFreshness.textProperty();
    }

    /** During an open incident: "SEV1 · incident 1 · 2 h 14 min"; empty hides it. */
    public StringProperty incidentProperty() {
        return incident;
    }

    public void showMessage(String text) {
        showMessage(text, null);
    }

    /** A notice that does {@code onClick} when clicked (opens the folder it names), shown as a link. */
    public void showMessage(String text, Runnable onClick) {
        message.setText(text);
        message.getStyleClass().remove("status-link");
        message.setOnMouseClicked(null);
        if (onClick != null) {
            message.getStyleClass().add("status-link");
            message.setOnMouseClicked(event -> onClick.run());
        }
        fade.playFromStart();
    }

    private void show(Task<?> job) {
        boolean running = job != null;
        jobMessage.textProperty().unbind();
        progress.progressProperty().unbind();
        jobMessage.setVisible(running);
        progress.setVisible(running);
        cancel.setVisible(running);
        cancel.setDisable(false);
        if (running) {
            jobMessage.textProperty().bind(job.messageProperty());
            progress.progressProperty().bind(job.progressProperty());
        }
    }
}
