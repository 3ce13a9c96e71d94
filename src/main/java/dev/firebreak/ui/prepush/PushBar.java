package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.Verdict;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Push exactly what was reviewed. While the verdict is BLOCK, only a typed override reason enables it. */
final class PushBar extends HBox {
    PushBar(PrePushViewModel model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        TextField reason = new TextField();
        reason.setId("prepush-override-reason");
        reason.setPromptText("Blocked. To push anyway, type why (recorded in the audit log)");
        reason.textProperty().bindBidirectional(model.overrideReasonProperty());
        reason.visibleProperty().bind(model.verdictProperty().isEqualTo(Verdict.BLOCK));
        reason.managedProperty().bind(reason.visibleProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);

        Label result = new Label();
        result.setId("prepush-last-result");
        result.textProperty().bind(model.lastResultProperty());
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);

        Button push = new Button("_Push", new FontIcon(Feather.UPLOAD_CLOUD));
        push.setId("prepush-push");
        push.getStyleClass().add("accent");
        push.disableProperty().bind(model.canPush().not());
        push.setOnAction(event -> model.push());
        getChildren().addAll(reason, result, push);
    }
}
