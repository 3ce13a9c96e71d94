package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.IncidentStatus;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.Headline.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the Timeline tab says first: the open incident's severity, how long since impact, and the next milestone that
 * is missing. A recorded Mitigated milestone counts even while the status lags behind it; no open incident is calm.
 */
public final class TimelineHeadline {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** @param incident the incident shown (null or the Operations log: none open) and its key times */
    public record Situation(Incident incident, KeyTimes times, Instant now, ZoneId zone) {
    }

    private TimelineHeadline() {
    }

    public static Headline of(Situation situation) {
        Incident incident = situation.incident();
        if (incident == null || !incident.isOpen()) {
            return Headline.none("No open incident — when something breaks, open one so the timeline records it");
        }
        String severity = incident.severity().name();
        Optional<OffsetDateTime> mitigated = situation.times().at(Milestone.MITIGATED);
        if (mitigated.isPresent() || incident.status().compareTo(IncidentStatus.MITIGATED) >= 0) {
            String when = mitigated.map(at -> "mitigated " + CLOCK.format(at.atZoneSameInstant(situation.zone()))).orElse("mitigated");
            return new Headline(Level.AMBER, severity + " · " + when + " — write the postmortem",
                    "Resolve the incident once the fix is permanent");
        }
        Optional<OffsetDateTime> impact = situation.times().at(Milestone.IMPACT_STARTED);
        OffsetDateTime from = impact.orElse(incident.openedAt());
        String since = elapsed(Duration.between(from.toInstant(), situation.now())) + (impact.isPresent() ? " since impact" : " since opened");
        String next = impact.isEmpty() ? "Record when impact started"
                : situation.times().at(Milestone.DETECTED).isEmpty() ? "Record how it was detected"
                : "Mitigate, then record it as a Mitigated milestone";
        return new Headline(Level.RED, severity + " · no mitigation recorded yet — " + since, next);
    }

    /** "under a minute", "4 min", "2 h 5 min". */
    static String elapsed(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return "under a minute";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
