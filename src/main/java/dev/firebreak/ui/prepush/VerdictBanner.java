package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.Verdict;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The large plain statement read first: where this push goes, then whether it may. */
final class VerdictBanner extends VBox {
    private static final String[] VERDICT_STYLES = {"verdict-allow", "verdict-block", "verdict-none"};

    VerdictBanner(PrePushViewModel model) {
        super(4);
        Label headline = new Label();
        headline.setId("prepush-headline");
        headline.getStyleClass().add("banner-title");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        Label verdict = new Label();
        verdict.setId("prepush-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictTextProperty());
        getChildren().addAll(headline, verdict);
        style(model.verdictProperty().get());
        model.verdictProperty().addListener((observable, old, now) -> style(now));
    }

    private void style(Verdict verdict) {
        getStyleClass().removeAll(VERDICT_STYLES);
        getStyleClass().add(verdict == null ? "verdict-none" : verdict == Verdict.ALLOW ? "verdict-allow" : "verdict-block");
    }
}
