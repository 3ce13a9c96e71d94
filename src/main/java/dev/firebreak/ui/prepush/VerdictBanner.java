package dev.firebreak.ui.prepush;

import dev.firebreak.ui.Headline;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The large plain statement read first: whether this push may go (the largest text), where it goes, and why. */
final class VerdictBanner extends VBox {
    private static final String[] VERDICT_STYLES = {"verdict-allow", "verdict-warn", "verdict-block", "verdict-none"};

    VerdictBanner(PrePushViewModel model) {
        super(4);
        Label word = new Label();
        word.setId("prepush-verdict-word");
        word.getStyleClass().addAll("banner-title", "verdict-word");
        word.textProperty().bind(model.verdictHeadlineProperty().map(Headline::text));
        word.visibleProperty().bind(word.textProperty().isNotEmpty());
        word.managedProperty().bind(word.visibleProperty());
        Label route = new Label();
        route.setId("prepush-headline");
        route.getStyleClass().add("banner-route");
        route.setWrapText(true);
        route.textProperty().bind(model.headlineProperty());
        Label reasons = new Label();
        reasons.setId("prepush-verdict");
        reasons.setWrapText(true);
        reasons.textProperty().bind(model.verdictTextProperty());
        getChildren().addAll(word, route, reasons);
        style(model.verdictHeadlineProperty().get());
        model.verdictHeadlineProperty().addListener((observable, old, now) -> style(now));
    }

    private void style(Headline headline) {
        getStyleClass().removeAll(VERDICT_STYLES);
        getStyleClass().add(headline.styleClass());
    }
}
