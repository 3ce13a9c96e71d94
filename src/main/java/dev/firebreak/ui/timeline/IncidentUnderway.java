package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Severity;
import dev.firebreak.timeline.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The open incident as the status bar and the reminder need it: since when it hurts and when anything was last logged. */
public record IncidentUnderway(long id, Severity severity, Instant since, Instant lastLogged) {
    /** Impact started if journaled, else when the incident was opened. */
    static IncidentUnderway of(Incident incident, List<Entry> entries, KeyTimes times) {
        Instant since = times.at(Milestone.IMPACT_STARTED).orElse(incident.openedAt()).toInstant();
        Instant lastLogged = entries.stream().map(Entry::recordedAt).max(Comparator.naturalOrder())
                .orElse(incident.openedAt().toInstant());
        return new IncidentUnderway(incident.id(), incident.severity(), since, lastLogged);
    }

    /** "SEV1 · incident 1 · 2 h 14 min". */
    public String elapsedText(Instant now) {
        return severity + " · incident " + id + " · " + TimeText.duration(nonNegative(Duration.between(since, now)));
    }

    /** How long nothing has been logged; empty when the journal's clock is behind this machine's. */
    Optional<Duration> quietFor(Instant now) {
        Duration quiet = Duration.between(lastLogged, now);
        return quiet.isNegative() ? Optional.empty() : Optional.of(quiet);
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
