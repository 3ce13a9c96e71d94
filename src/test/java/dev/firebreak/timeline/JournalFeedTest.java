package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import dev.firebreak.prepush.PushOverridden;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events published on the bus appear in the journal on their own. */
class JournalFeedTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant OVERRIDDEN = Instant.parse("2026-12-01T01:01:00Z");

    /** Stands in for an event of a service the journal has never heard of, such as the coming backup events. */
    record SomethingNew(Instant at) implements DomainEvent {
        @Override
        public String summary() {
            return "Something new happened";
        }
    }

    @TempDir
    Path tmp;

    @Test
    void anOverriddenPushIsJournaledAsADecisionInTheOpenIncident() {
        EventBus events = new EventBus();
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), Clock.system(BERLIN), "Ana")) {
            Incident incident = journal.openIncident("Orders table dropped", Severity.SEV1, EntrySource.CLI);
            JournalFeed.subscribe(events, journal, BERLIN);

            events.publish(new PushOverridden(OVERRIDDEN, "/repo", "force push to main", List.of("force"), "hotfix"));

            Entry entry = journal.entries(incident.id()).get(1);
            assertThat(entry.text()).isEqualTo("Blocked push overridden (force push to main): hotfix");
            assertThat(entry.kind()).isEqualTo(EntryKind.DECISION);
            assertThat(entry.source()).isEqualTo(EntrySource.PREPUSH);
            assertThat(entry.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T02:01+01:00"));
        }
    }

    @Test
    void anUnknownEventWithoutAnOpenIncidentGoesToTheOperationsLogAndStopsAfterUnsubscribing() {
        EventBus events = new EventBus();
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), Clock.system(BERLIN), "Ana")) {
            Runnable stop = JournalFeed.subscribe(events, journal, BERLIN);
            events.publish(new SomethingNew(OVERRIDDEN));
            stop.run();
            events.publish(new SomethingNew(OVERRIDDEN));

            assertThat(journal.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.text()).isEqualTo("Something new happened");
                assertThat(entry.kind()).isEqualTo(EntryKind.SYSTEM);
                assertThat(journal.incident(entry.incident()).title()).isEqualTo(Incident.OPERATIONS_LOG);
            });
        }
    }

    @Test
    void theSourceComesFromTheEventsPackage() {
        assertThat(EntrySource.ofPackage("dev.firebreak.backup")).isEqualTo(EntrySource.BACKUP);
        assertThat(EntrySource.ofPackage("dev.firebreak.prepush")).isEqualTo(EntrySource.PREPUSH);
        assertThat(JournalFeed.source(new SomethingNew(OVERRIDDEN))).isEqualTo(EntrySource.SYSTEM);
    }
}
