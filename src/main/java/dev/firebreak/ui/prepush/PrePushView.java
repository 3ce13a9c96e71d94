package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.CheckResult;
import dev.firebreak.ui.Activatable;
import dev.firebreak.ui.DialogService;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Pre-push tab: repository, the banner, the checklist with details below, and the push bar. */
public final class PrePushView extends BorderPane implements Activatable {
    private final RepositoryWatcher watcher;

    public PrePushView(PrePushViewModel model, DialogService dialogs, List<String> recentRepositories) {
        setId("prepush-view");
        setPadding(new Insets(12));
        watcher = new RepositoryWatcher(model::refresh);
        // what a job is about to see counts as seen: the push's own ref updates must not trigger a second check
        model.busyProperty().addListener((observable, was, busy) -> {
            if (busy) {
                watcher.watch(model.repositoryProperty().get());
            }
        });

        ListView<CheckResult> checklist = new ListView<>(model.checks());
        checklist.setId("prepush-checklist");
        checklist.setCellFactory(list -> new CheckCell());
        checklist.setPlaceholder(new Label("The checklist appears here once a repository is chosen."));
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(48, 48);
        working.visibleProperty().bind(model.busyProperty());
        StackPane list = new StackPane(checklist, working);

        SplitPane split = new SplitPane(list,
                new DetailsPane(model, checklist.getSelectionModel().selectedItemProperty()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);

        setTop(new VBox(10, new RepositoryBar(model, dialogs, recentRepositories), new VerdictBanner(model)));
        setCenter(split);
        setBottom(new PushBar(model));
        BorderPane.setMargin(split, new Insets(10, 0, 10, 0));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F5) {
                model.refresh();
            }
        });
    }

    @Override
    public void activate() {
        watcher.start();
    }

    @Override
    public void deactivate() {
        watcher.stop();
    }
}
