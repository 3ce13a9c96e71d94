package dev.firebreak.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.timeline.Capture;
import dev.firebreak.timeline.CaptureParser;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the tab again continues from what it shows: the same timeline as a fresh read, corrections included. */
class TimelineSnapshotTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T07:10:00Z"), BERLIN);

    @TempDir
    Path tmp;

    @Test
    void aSecondReadAddsWhatWasLoggedSinceAndCorrectsRowsReadBefore() {
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), CLOCK, "Ana")) {
            long id = journal.openIncident("Orders table dropped", Severity.SEV2, EntrySource.CLI).id();
            journal.append(NewEntry.of(id, at("02:05"), EntryKind.FINDING, "tables emtpy", EntrySource.MANUAL));
            journal.append(NewEntry.of(id, at("02:06"), EntryKind.NOTE, "backup is fine", EntrySource.MANUAL));
            TimelineSnapshot shown = TimelineSnapshot.read(journal, null, null);

            TimelineSnapshot unchanged = TimelineSnapshot.read(journal, id, shown);
            assertThat(unchanged.rows()).as("nothing new: the rows shown stay").isSameAs(shown.rows());

            CaptureParser parser = new CaptureParser(CLOCK, BERLIN);
            journal.append(parser.parse("tables empty").amending(shown.rows().get(0), EntrySource.MANUAL));
            journal.append(Capture.striking(shown.rows().get(1), EntrySource.MANUAL));
            journal.append(parser.parse("2:01 customer called").toEntry(id, EntryKind.NOTE, EntrySource.MANUAL));
            long other = journal.openIncident("Disk full", Severity.SEV3, EntrySource.CLI).id();
            journal.append(NewEntry.of(other, at("02:07"), EntryKind.NOTE, "not this incident", EntrySource.MANUAL));

            TimelineSnapshot again = TimelineSnapshot.read(journal, id, unchanged);
            assertThat(again.rows()).isEqualTo(TimelineSnapshot.read(journal, id, null).rows());
            assertThat(again.rows()).extracting(row -> row.current().text())
                    .containsExactly("customer called", "tables empty", "backup is fine", "Incident opened: Orders table dropped (SEV2)");
            assertThat(again.rows().get(2).struck()).isTrue();
            assertThat(again.headline()).startsWith("Incident 1 · SEV2");

            TimelineSnapshot otherIncident = TimelineSnapshot.read(journal, other, again);
            assertThat(otherIncident.rows()).extracting(row -> row.current().text())
                    .containsExactly("not this incident", "Incident opened: Disk full (SEV3)");
        }
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2026-12-01T" + time + ":00+01:00");
    }
}
