package dev.firebreak.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.IncidentStatus;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.Severity;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.Headline.Level;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineHeadlineTest {
    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 12, 7, 12, 30, 0, 0, ZoneOffset.UTC);

    private static Incident incident(IncidentStatus status) {
        return new Incident(1, "orders gone", Severity.SEV1, status, OPENED, "ana", Postmortem.EMPTY, false);
    }

    private static Headline headline(Incident incident, Map<Milestone, OffsetDateTime> times, Duration afterOpen) {
        return TimelineHeadline.of(new TimelineHeadline.Situation(incident, new KeyTimes(times),
                OPENED.toInstant().plus(afterOpen), ZoneOffset.UTC));
    }

    @Test
    void noOpenIncidentIsCalmAndNamesTheNextAction() {
        Headline none = headline(null, Map.of(), Duration.ZERO);
        assertEquals(Level.NONE, none.level());
        assertEquals("No open incident — when something breaks, open one so the timeline records it", none.text());
        Headline resolved = headline(incident(IncidentStatus.RESOLVED), Map.of(), Duration.ofHours(1));
        assertEquals(Level.NONE, resolved.level());
    }

    @Test
    void openIncidentCountsMinutesSinceImpact() {
        Headline headline = headline(incident(IncidentStatus.INVESTIGATING),
                Map.of(Milestone.IMPACT_STARTED, OPENED.minusMinutes(2)), Duration.ofMinutes(2));
        assertEquals(Level.RED, headline.level());
        assertEquals("SEV1 · no mitigation recorded yet — 4 min since impact", headline.text());
        assertEquals("Record how it was detected", headline.next());
    }

    @Test
    void withoutAnImpactStartItCountsFromOpeningAndAsksForIt() {
        Headline headline = headline(incident(IncidentStatus.INVESTIGATING), Map.of(), Duration.ofMinutes(125));
        assertEquals("SEV1 · no mitigation recorded yet — 2 h 5 min since opened", headline.text());
        assertEquals("Record when impact started", headline.next());
    }

    @Test
    void detectedAsksForMitigation() {
        Headline headline = headline(incident(IncidentStatus.IDENTIFIED),
                Map.of(Milestone.IMPACT_STARTED, OPENED, Milestone.DETECTED, OPENED.plusMinutes(1)), Duration.ofSeconds(30));
        assertEquals("SEV1 · no mitigation recorded yet — under a minute since impact", headline.text());
        assertEquals("Mitigate, then record it as a Mitigated milestone", headline.next());
    }

    @Test
    void aMitigatedMilestoneWinsOverALaggingStatus() {
        Headline headline = headline(incident(IncidentStatus.INVESTIGATING),
                Map.of(Milestone.IMPACT_STARTED, OPENED, Milestone.MITIGATED, OPENED.plusMinutes(13)), Duration.ofMinutes(20));
        assertEquals(Level.AMBER, headline.level());
        assertEquals("SEV1 · mitigated 12:43 — write the postmortem", headline.text());
    }

    @Test
    void aMitigatedStatusWithoutItsTimeStillSaysMitigated() {
        Headline headline = headline(incident(IncidentStatus.MITIGATED), Map.of(), Duration.ofMinutes(20));
        assertEquals("SEV1 · mitigated — write the postmortem", headline.text());
    }
}
