package dev.firebreak.timeline;

import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import dev.firebreak.prepush.PushOverridden;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Journals every {@link DomainEvent} on its own: to the open incident, else the Operations log. Events the journal
 * knows get a fitting kind; any other event still lands as a system entry whose source is its service's package,
 * so new services are journaled without changes here.
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
        long incident = journal.target().id();
        OffsetDateTime at = OffsetDateTime.ofInstant(event.at(), zone);
        journal.append(NewEntry.of(incident, at, kind(event), event.summary(), source(event)));
    }

    static EntryKind kind(DomainEvent event) {
        if (event instanceof PushOverridden) {
            return EntryKind.DECISION;
        }
        return EntryKind.SYSTEM;
    }

    /** From the event's package ({@code dev.firebreak.backup} → backup); restores and drills by their type's name. */
    static EntrySource source(DomainEvent event) {
        String name = event.getClass().getSimpleName();
        if (name.startsWith("Restore")) {
            return EntrySource.RESTORE;
        }
        if (name.startsWith("Drill")) {
            return EntrySource.DRILL;
        }
        return EntrySource.ofPackage(event.getClass().getPackageName());
    }
}
