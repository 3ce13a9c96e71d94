package dev.firebreak.ui.timeline;

import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/** Ticks while the console runs: the open incident's elapsed time, as text any view may observe. */
final class IncidentPulse {
    // a tick every 20 s keeps the minute shown at most 20 s late without aligning to the wall clock
    private static final Duration TICK = Duration.seconds(20);

    private final Clock clock;
    private final ObjectProperty<IncidentUnderway> underway = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, event -> tick()));

    IncidentPulse(Clock clock) {
        this.clock = clock;
        underway.addListener((observable, old, now) -> tick());
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    void tick() {
        IncidentUnderway incident = underway.get();
        elapsed.set(incident == null ? "" : incident.elapsedText(clock.instant()));
    }

    ObjectProperty<IncidentUnderway> underwayProperty() {
        return underway;
    }

    ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }
}
