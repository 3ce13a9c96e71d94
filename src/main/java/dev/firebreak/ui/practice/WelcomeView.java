package dev.firebreak.ui.practice;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first screen while no database profile exists: rehearse the disaster safely, add a real database, or check a
 * git push, which needs no database at all.
 */
public final class WelcomeView extends StackPane {
    private final Label missingTools = new Label();

    public WelcomeView(Runnable practice, Runnable addDatabase, Runnable checkPush) {
        setId("welcome-view");
        VBox content = new VBox(18);
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(40));
        content.setMaxWidth(720);
        Label title = new Label("Rehearse the worst night before it happens");
        title.getStyleClass().add("banner-title");
        Label story = new Label("A force-push to main deploys a migration that drops the customers table. Practice the "
                + "recovery on a sample shop of 1,247 customers, with a practice repository and its own PostgreSQL server: "
                + "nothing of yours is touched. It takes about five minutes.");
        story.setWrapText(true);
        Button start = new Button("_Practice safely", new FontIcon(Feather.PLAY_CIRCLE));
        start.setId("welcome-practice");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(event -> practice.run());
        Button add = new Button("_Add my own database", new FontIcon(Feather.DATABASE));
        add.setId("welcome-add-database");
        add.setOnAction(event -> addDatabase.run());
        Button push = new Button("_Check a git push", new FontIcon(Feather.GIT_BRANCH));
        push.setId("welcome-check-push");
        push.setOnAction(event -> checkPush.run());
        Label keys = new Label("Ctrl+1 Pre-push · Ctrl+2 Backups · Ctrl+3 Timeline · F1 all keyboard shortcuts");
        keys.setId("welcome-keys");
        keys.setWrapText(true);
        missingTools.setId("welcome-missing-tools");
        missingTools.setWrapText(true);
        missingTools.getStyleClass().add("status-fail");
        missingTools.setManaged(false);
        HBox buttons = new HBox(12, start, add, push);
        buttons.setAlignment(Pos.CENTER);
        content.getChildren().addAll(title, story, buttons, keys, missingTools);
        getChildren().add(content);
    }

    /** What to install when {@code pg_dump} is missing or too old (backups in the drill need it). */
    public void showMissingTools(Optional<String> message) {
        missingTools.setText(message.orElse(""));
        missingTools.setManaged(message.isPresent());
    }
}
