package dev.firebreak.timeline;

import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Journals every {@link DomainEvent} on its own: to the open incident, else the Operations log, under the source the
 * event names; a person's decision (an override) as a decision, anything else as a system entry, so new events are
 * journaled without changes here. An event that marks an incident moment (the deploy that
 * destroyed data, the restore that brought it back) becomes that milestone of the open incident the first time, so
 * the postmortem's time to mitigate is measured; a milestone someone already recorded is never replaced.
 */
public final class JournalFeed {
    private final Journal journal;
    private final ZoneId zone;

    private JournalFeed(Journal journal, ZoneId zone) {
        this.journal = journal;
        this.zone = zone;
    }

    /** Starts journaling {@code events}; run the returned action to stop. */
    public static Runnable subscribe(EventBus events, Journal journal, ZoneId zone) {
        JournalFeed feed = new JournalFeed(journal, zone);
        return events.subscribe(DomainEvent.class, feed::journal);
    }

    private void journal(DomainEvent event) {
        Incident incident = journal.target();
        OffsetDateTime at = OffsetDateTime.ofInstant(event.at(), zone);
        Optional<Milestone> milestone = firstTime(event, incident);
        journal.append(NewEntry.of(incident.id(), at, milestone.isPresent() ? EntryKind.MILESTONE : kind(event),
                milestone.map(m -> m.title() + ": " + event.summary()).orElse(event.summary()),
                EntrySource.of(event.source())));
    }

    /** The milestone {@code event} marks, when {@code incident} is a real incident that has not recorded it yet. */
    private Optional<Milestone> firstTime(DomainEvent event, Incident incident) {
        if (incident.operationsLog()) {
            return Optional.empty();
        }
        return event.marks().map(Milestone::of)
                .filter(m -> KeyTimes.of(Timeline.rows(journal.entries(incident.id()))).at(m).isEmpty());
    }

    private static EntryKind kind(DomainEvent event) {
        return event.isDecision() ? EntryKind.DECISION : EntryKind.SYSTEM;
    }
}
