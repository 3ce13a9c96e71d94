package dev.firebreak.timeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit export reads the journal once, yet still verifies the whole chain: other incidents' entries included. */
class AuditedExportTest {
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-01T07:10:00Z"), ZoneId.of("Europe/Berlin"));
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T02:00:00+01:00");

    @TempDir
    Path tmp;

    @Test
    void anEntryEditedInAnotherIncidentFlagsTheExportedChainAsBroken() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("journal.db");
        long exported;
        long edited;
        try (Journal journal = Journal.open(url, MORNING, "Ana")) {
            exported = journal.openIncident("Orders table dropped", Severity.SEV1, EntrySource.CLI).id();
            long other = journal.openIncident("Disk full", Severity.SEV3, EntrySource.CLI).id();
            journal.append(NewEntry.of(exported, AT, EntryKind.FINDING, "tables empty", EntrySource.MANUAL));
            edited = journal.append(NewEntry.of(other, AT, EntryKind.ACTION, "deleted old logs", EntrySource.MANUAL)).id();
            journal.append(NewEntry.of(exported, AT.plusMinutes(5), EntryKind.ACTION, "restored", EntrySource.MANUAL));
            assertThat(json(journal, exported).at("/chain/intact").asBoolean()).isTrue();
        }
        try (Connection sql = DriverManager.getConnection(url)) {
            sql.createStatement().executeUpdate("UPDATE entries SET body = 'deleted nothing' WHERE id = " + edited);
        }
        try (Journal journal = Journal.open(url, MORNING, "Ana")) {
            JsonNode json = json(journal, exported);

            assertThat(json.get("entries")).hasSize(3);
            assertThat(json.at("/chain/entries").asInt()).isEqualTo(5);
            assertThat(json.at("/chain/intact").asBoolean()).isFalse();
            assertThat(json.at("/chain/head").isNull()).isTrue();
            assertThat(json.at("/chain/first_broken").asLong()).isEqualTo(edited);
        }
    }

    private static JsonNode json(Journal journal, long incident) throws Exception {
        return new ObjectMapper().readTree(IncidentJson.render(journal.incident(incident), journal.audited(incident)));
    }
}
