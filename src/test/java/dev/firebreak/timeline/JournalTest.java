package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal on a real SQLite file: appends survive reopening, milestones move the incident, tampering is named. */
class JournalTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T07:10:00Z"), BERLIN);

    @TempDir
    Path tmp;

    Journal open() {
        return Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), CLOCK, "Ana");
    }

    static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2026-12-01T" + time + "+01:00");
    }

    @Test
    void entriesSurviveReopeningWithTheirOffsetsSpansAndReferences() {
        Entry written;
        try (Journal journal = open()) {
            Incident incident = journal.openIncident("Orders table dropped", Severity.SEV1, EntrySource.CLI);
            written = journal.append(new NewEntry(incident.id(), at("03:00:00"), at("07:30:00"), EntryKind.ACTION,
                    "rebuilt orders from order e-mails", EntrySource.MANUAL,
                    List.of(new Reference(Reference.Type.COMMIT, "ab12cd")), true, null));
        }
        try (Journal journal = open()) {
            List<Entry> entries = journal.entries(written.incident());
            assertThat(entries).hasSize(2).last().isEqualTo(written);
            assertThat(entries.get(0).text()).isEqualTo("Incident opened: Orders table dropped (SEV1)");
            assertThat(written.author()).isEqualTo("Ana");
            assertThat(written.recordedAt()).isEqualTo(CLOCK.instant());
            assertThat(written.previousHash()).isEqualTo(entries.get(0).hash());
            assertThat(journal.verify().intact()).isTrue();
        }
    }

    @Test
    void milestonesSetKeyTimesAndMoveTheStatusForwardOnly() {
        try (Journal journal = open()) {
            long id = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI).id();
            journal.append(NewEntry.of(id, at("02:00:00"), EntryKind.MILESTONE, "Impact started: deploy ran", EntrySource.MANUAL));
            journal.append(NewEntry.of(id, at("02:03:00"), EntryKind.MILESTONE, "Detected by a customer call", EntrySource.MANUAL));
            journal.append(NewEntry.of(id, at("07:30:00"), EntryKind.MILESTONE, "Mitigated", EntrySource.MANUAL));
            assertThat(journal.incident(id).status()).isEqualTo(IncidentStatus.MITIGATED);
            journal.resolve(id, EntrySource.CLI);
            journal.append(NewEntry.of(id, at("08:05:00"), EntryKind.MILESTONE, "Mitigated again", EntrySource.MANUAL));

            assertThat(journal.incident(id).status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(journal.openIncident()).isEmpty();
            KeyTimes times = KeyTimes.of(Timeline.rows(journal.entries(id)));
            assertThat(times.at(Milestone.DETECTED)).contains(at("02:03:00"));
            assertThat(times.at(Milestone.MITIGATED)).contains(at("07:30:00"));
            assertThat(times.since(at("02:00:00"), Milestone.DETECTED)).contains(java.time.Duration.ofMinutes(3));
            assertThatThrownBy(() -> journal.resolve(id, EntrySource.CLI)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("not open (resolved)");
        }
    }

    @Test
    void aCorrectionAmendsOrStrikesWhatViewsShowAndKeepsTheHistory() {
        try (Journal journal = open()) {
            long id = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI).id();
            journal.append(NewEntry.of(id, at("02:05:00"), EntryKind.FINDING, "tables emtpy", EntrySource.MANUAL));
            journal.append(NewEntry.of(id, at("02:06:00"), EntryKind.NOTE, "backup is fine", EntrySource.MANUAL));
            journal.append(NewEntry.of(id, at("02:10:00"), EntryKind.ACTION, "called the client", EntrySource.MANUAL));
            CaptureParser parser = new CaptureParser(CLOCK, BERLIN);
            List<TimelineRow> before = Timeline.rows(journal.entries(id));
            journal.append(parser.parse("tables empty").amending(before.get(0), EntrySource.MANUAL));
            journal.append(Capture.striking(before.get(1), EntrySource.MANUAL));
            journal.append(parser.parse("2:12 called the client").amending(before.get(2), EntrySource.MANUAL));

            List<TimelineRow> rows = Timeline.rows(journal.entries(id));
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).current().text()).isEqualTo("tables empty");
            assertThat(rows.get(0).current().occurredAt()).as("an untimed amendment keeps the time").isEqualTo(at("02:05:00"));
            assertThat(rows.get(0).current().kind()).isEqualTo(EntryKind.FINDING);
            assertThat(rows.get(0).history()).extracting(Entry::text).containsExactly("tables emtpy", "tables empty");
            assertThat(rows.get(1).struck()).isTrue();
            assertThat(rows.get(1).current().text()).isEqualTo("backup is fine");
            assertThat(rows.get(2).current().occurredAt()).as("a timed amendment moves it").isEqualTo(at("02:12:00"));
            assertThat(rows.get(3).current().text()).startsWith("Incident opened");
            assertThat(journal.entries(id)).hasSize(7);

            journal.append(Capture.pinning(rows.get(0), true, EntrySource.MANUAL));
            TimelineRow pinned = Timeline.rows(journal.entries(id)).get(0);
            assertThat(pinned.current().pinned()).isTrue();
            assertThat(pinned.current().text()).isEqualTo("tables empty");
            journal.append(parser.parse("tables were empty").amending(pinned, EntrySource.MANUAL));
            assertThat(Timeline.rows(journal.entries(id)).get(0).current().pinned()).as("an amendment keeps the pin").isTrue();
        }
    }

    @Test
    void anEntryEditedInTheDatabaseBreaksTheChainAtThatEntry() throws Exception {
        long edited;
        try (Journal journal = open()) {
            long id = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI).id();
            edited = journal.append(NewEntry.of(id, at("02:05:00"), EntryKind.FINDING, "we dropped it", EntrySource.MANUAL)).id();
            journal.append(NewEntry.of(id, at("02:10:00"), EntryKind.ACTION, "called the client", EntrySource.MANUAL));
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("journal.db"));
             PreparedStatement update = sql.prepareStatement("UPDATE entries SET body = ? WHERE id = ?")) {
            update.setString(1, "someone else dropped it");
            update.setLong(2, edited);
            assertThat(update.executeUpdate()).isOne();
        }
        try (Journal journal = open()) {
            ChainVerification verification = journal.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).contains(edited);
            assertThat(verification.problem()).contains("changed after it was written");
        }
    }

    @Test
    void aZoneChangeAfterCapturingNeverMovesWhenSomethingHappened() {
        Entry captured;
        try (Journal journal = open()) {
            long id = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI).id();
            Capture line = new CaptureParser(CLOCK, BERLIN).parse("2:03 realized the push went to main");
            captured = journal.append(line.toEntry(id, EntryKind.DETECTION, EntrySource.MANUAL));
        }
        Clock newYork = Clock.fixed(CLOCK.instant().plusSeconds(3600), ZoneId.of("America/New_York"));
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), newYork, "Ana")) {
            Entry read = journal.entries(captured.incident()).get(1);
            assertThat(read.occurredAt()).isEqualTo(at("02:03:00"));
            assertThat(read.occurredAt().toInstant()).isEqualTo(Instant.parse("2026-12-01T01:03:00Z"));
        }
    }

    @Test
    void withoutAnOpenIncidentEntriesGoToOneStandingOperationsLog() {
        try (Journal journal = open()) {
            Incident log = journal.target();
            assertThat(log.title()).isEqualTo(Incident.OPERATIONS_LOG);
            assertThat(journal.target()).isEqualTo(log);
            Incident incident = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI);
            assertThat(journal.target().id()).isEqualTo(incident.id());
        }
    }
}
