package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.TimeText;
import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * Ticks while the console runs: the open incident's elapsed time, and a quiet reminder once nothing has been logged
 * for {@link #QUIET} (at 2 AM the journal goes silent exactly when the most happens).
 */
final class IncidentPulse {
    // a tick every 20 s keeps the minute shown at most 20 s late without aligning to the wall clock
    private static final Duration TICK = Duration.seconds(20);
    static final java.time.Duration QUIET = java.time.Duration.ofMinutes(15);

    private final Clock clock;
    private final ObjectProperty<IncidentUnderway> underway = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper("");
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
        reminder.set(incident == null ? "" : incident.quietFor(clock.instant())
                .filter(quiet -> quiet.compareTo(QUIET) >= 0)
                .map(quiet -> "Nothing logged for " + TimeText.duration(quiet) + ". What is happening right now?")
                .orElse(""));
    }

    ObjectProperty<IncidentUnderway> underwayProperty() {
        return underway;
    }

    ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }
}
