package dev.firebreak.ui.prepush;

import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.KeepText;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Which repository is checked: a recent list you can type into, Browse…, Refresh (F5) and Install hook. */
final class RepositoryBar extends HBox {
    RepositoryBar(PrePushViewModel model, DialogService dialogs, List<String> recent) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> repository = new ComboBox<>();
        repository.setId("prepush-repository");
        repository.setEditable(true);
        repository.getItems().setAll(recent);
        repository.setPromptText("Path to a git repository");
        repository.setMaxWidth(Double.MAX_VALUE);
        repository.setMinWidth(160);
        HBox.setHgrow(repository, Priority.ALWAYS);
        repository.setOnAction(event -> {
            String typed = repository.getValue();
            if (typed != null && !typed.isBlank() && !Path.of(typed.strip()).equals(model.repositoryProperty().get())) {
                model.open(Path.of(typed.strip()));
            }
        });
        model.repositoryProperty().addListener((observable, old, now) -> {
            String shown = now == null ? null : now.toString();
            if (shown != null && !repository.getItems().contains(shown)) {
                repository.getItems().add(0, shown);
            }
            repository.setValue(shown);
        });

        Button browse = new Button("Browse…", new FontIcon(Feather.FOLDER));
        browse.setOnAction(event -> dialogs.chooseDirectory("Choose a git repository", model.repositoryProperty().get())
                .ifPresent(model::open));
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("prepush-refresh");
        refresh.setTooltip(new Tooltip("Check again (F5)"));
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.busyProperty().or(model.repositoryProperty().isNull()));
        Button hook = new Button("Install hook", new FontIcon(Feather.ANCHOR));
        hook.setId("prepush-install-hook");
        hook.setTooltip(new Tooltip("Run these checks on every git push from a terminal too"));
        hook.setOnAction(event -> model.installHook());
        hook.disableProperty().bind(model.repositoryProperty().isNull());
        Label label = new Label("Repository");
        KeepText.of(label, browse, refresh, hook);
        getChildren().addAll(label, repository, browse, refresh, hook);
    }
}
