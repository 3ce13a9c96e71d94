package dev.firebreak.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A tab's largest text and the next action under it, coloured by the headline's level and wrapping at any width. */
public final class HeadlineBanner extends VBox {
    public HeadlineBanner(ObservableValue<Headline> headline, String boxId, String titleId, String nextId) {
        super(4);
        Label title = new Label();
        title.setId(titleId);
        title.getStyleClass().add("banner-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.textProperty().bind(headline.map(Headline::text));
        Label next = new Label();
        next.setId(nextId);
        next.setWrapText(true);
        next.textProperty().bind(headline.map(Headline::next));
        next.visibleProperty().bind(next.textProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());
        getChildren().addAll(title, next);
        setId(boxId);
        getStyleClass().add(headline.getValue().styleClass());
        headline.addListener((observable, old, now) -> {
            getStyleClass().removeAll("verdict-none", "verdict-allow", "verdict-warn", "verdict-block");
            getStyleClass().add(now.styleClass());
        });
    }
}
