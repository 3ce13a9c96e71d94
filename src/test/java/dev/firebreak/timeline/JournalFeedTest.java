package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEvents.RestoreFinished;
import dev.firebreak.backup.BackupEvents.RowsFoundMissing;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.EventSource;
import dev.firebreak.practice.DeployApplied;
import dev.firebreak.prepush.PushOverridden;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

    /** Stands in for an event the journal has never heard of, such as those of a service still to come. */
    record SomethingNew(Instant at) implements DomainEvent {
        @Override
        public String summary() {
            return "Something new happened";
        }

        @Override
        public EventSource source() {
            return EventSource.BACKUP;
        }
    }

    @TempDir
    Path tmp;

    @Test
    void anOverriddenPushIsJournaledAsADecisionInTheOpenIncident() {
        EventBus events = new EventBus();
        try (Journal journal = openJournal()) {
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
        try (Journal journal = openJournal()) {
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
    void theDeployAndTheReplaceRestoreBecomeTheIncidentsImpactAndMitigationOnceSoTimeToMitigateIsMeasured() {
        EventBus events = new EventBus();
        try (Journal journal = openJournal()) {
            Incident incident = journal.openIncident("Customers gone", Severity.SEV1, EntrySource.CLI);
            JournalFeed.subscribe(events, journal, BERLIN);

            events.publish(new DeployApplied(OVERRIDDEN, "feature/x", "abc1234", "V7__customers.sql", "shop", 1247, incident.id()));
            events.publish(restored(RestoreMode.NEW, 3));
            events.publish(restored(RestoreMode.REPLACE, 4));
            events.publish(restored(RestoreMode.REPLACE, 6));

            List<Entry> entries = journal.entries(incident.id());
            assertThat(entries).extracting(Entry::kind).containsExactly(EntryKind.MILESTONE, EntryKind.MILESTONE,
                    EntryKind.SYSTEM, EntryKind.MILESTONE, EntryKind.SYSTEM);
            assertThat(entries.get(1).text()).startsWith("Impact started: Deploy of feature/x");
            assertThat(entries.get(3).text()).startsWith("Mitigated: Backup b1 restored into shop");
            KeyTimes times = KeyTimes.of(Timeline.rows(entries));
            assertThat(times.since(incident.openedAt(), Milestone.MITIGATED)).contains(Duration.ofMinutes(4));
            assertThat(journal.incident(incident.id()).status()).isEqualTo(IncidentStatus.MITIGATED);
        }
    }

    @Test
    void aMitigationSomeoneAlreadyRecordedIsNotReplacedAndTheOperationsLogGetsNoMilestones() {
        EventBus events = new EventBus();
        try (Journal journal = openJournal()) {
            JournalFeed.subscribe(events, journal, BERLIN);
            events.publish(restored(RestoreMode.REPLACE, 1));
            assertThat(journal.entries()).singleElement().extracting(Entry::kind).isEqualTo(EntryKind.SYSTEM);

            Incident incident = journal.openIncident("Customers gone", Severity.SEV1, EntrySource.CLI);
            journal.append(NewEntry.of(incident.id(), OffsetDateTime.ofInstant(OVERRIDDEN, BERLIN), EntryKind.MILESTONE,
                    "Mitigated: traffic moved to the replica", EntrySource.CLI));
            events.publish(restored(RestoreMode.REPLACE, 2));

            assertThat(journal.entries(incident.id())).last().extracting(Entry::kind).isEqualTo(EntryKind.SYSTEM);
        }
    }

    private Journal openJournal() {
        return Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), Clock.system(BERLIN), "Ana");
    }

    /** A journal whose own clock (the incident's opening, typed entries) stands at {@code now}. */
    private Journal journalAt(Instant now) {
        return Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), Clock.fixed(now, BERLIN), "Ana");
    }

    private static RestoreFinished restored(RestoreMode mode, int minutesLater) {
        Instant at = OVERRIDDEN.plus(Duration.ofMinutes(minutesLater));
        return new RestoreFinished(at, "b1", "shop", mode, new RestoreOutcome("b1", mode, "shop",
                mode == RestoreMode.REPLACE ? "shop_fbkept" : null, null, 1247, at), null);
    }

    @Test
    void rowsFoundMissingAfterTheDeployAreTheDetectionSoTimeToDetectIsMeasured() {
        EventBus events = new EventBus();
        try (Journal journal = journalAt(OVERRIDDEN.minus(Duration.ofMinutes(1)))) {
            Incident incident = journal.openIncident("Customers gone", Severity.SEV1, EntrySource.CLI);
            JournalFeed.subscribe(events, journal, BERLIN);

            events.publish(new DeployApplied(OVERRIDDEN, "feature/x", "abc1234", "V7__customers.sql", "shop", 1247, incident.id()));
            events.publish(new RowsFoundMissing(OVERRIDDEN.plus(Duration.ofMinutes(3)), "b1", "shop",
                    List.of(new TableComparison(new TableStat("public", "customers", 1247, 0), 0L))));

            List<Entry> entries = journal.entries(incident.id());
            assertThat(entries.get(2).text()).isEqualTo("Detected: Rows missing in shop against backup b1: customers: "
                    + "1,247 in backup, 0 now");
            KeyTimes times = KeyTimes.of(Timeline.rows(entries));
            assertThat(times.since(incident.openedAt(), Milestone.DETECTED)).contains(Duration.ofMinutes(3));
        }
    }

    @Test
    void withoutADetectedMilestoneThePersonsFirstEntryAfterTheImpactIsTheDetection() {
        EventBus events = new EventBus();
        try (Journal journal = journalAt(OVERRIDDEN.minus(Duration.ofMinutes(1)))) {
            Incident incident = journal.openIncident("Customers gone", Severity.SEV1, EntrySource.CLI);
            JournalFeed.subscribe(events, journal, BERLIN);
            events.publish(new DeployApplied(OVERRIDDEN, "feature/x", "abc1234", "V7__customers.sql", "shop", 1247, incident.id()));
            journal.append(NewEntry.of(incident.id(), OffsetDateTime.ofInstant(OVERRIDDEN.plus(Duration.ofMinutes(2)), BERLIN),
                    EntryKind.NOTE, "The customers page is empty", EntrySource.MANUAL));

            KeyTimes times = KeyTimes.of(Timeline.rows(journal.entries(incident.id())));

            assertThat(times.since(incident.openedAt(), Milestone.DETECTED)).as("opened before the impact: not a detection")
                    .contains(Duration.ofMinutes(2));
        }
    }

    @Test
    void eachEventIsJournaledUnderTheSourceItNamesWhateverItsClass() {
        EventBus events = new EventBus();
        try (Journal journal = openJournal()) {
            JournalFeed.subscribe(events, journal, BERLIN);
            events.publish(new SomethingNew(OVERRIDDEN));
            events.publish(restored(RestoreMode.NEW, 1));
            events.publish(new DeployApplied(OVERRIDDEN, "feature/x", "abc1234", "V7__customers.sql", "shop", 1247, 0));

            assertThat(journal.entries()).extracting(Entry::source)
                    .containsExactly(EntrySource.BACKUP, EntrySource.RESTORE, EntrySource.PRACTICE);
        }
    }
}
