package dev.firebreak.timeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.CaptureParser;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Lessons;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story's night exported as the SRE postmortem (Markdown, HTML) and as the auditors' JSON. */
class PostmortemExportTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-01T07:10:00Z"), BERLIN);

    @TempDir
    Path tmp;

    Journal journal;
    Incident incident;

    @BeforeEach
    void theNight() {
        journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), MORNING, "Ana");
        long id = journal.openIncident("Orders table dropped", Severity.SEV1, EntrySource.CLI).id();
        CaptureParser parser = new CaptureParser(MORNING, BERLIN);
        log(parser, id, "1:58 Impact started: migration dropped the orders table", EntryKind.MILESTONE);
        log(parser, id, "2:03 Detected: realized the push went to main", EntryKind.MILESTONE);
        log(parser, id, "2:05 checked the database <script>alert(1)</script>", EntryKind.FINDING);
        log(parser, id, "2:15 found a three-week-old backup", EntryKind.FINDING);
        log(parser, id, "3:00-7:30 rebuilt orders from e-mails | by hand", EntryKind.ACTION);
        log(parser, id, "7:30 Mitigated: orders back", EntryKind.MILESTONE);
        journal.savePostmortem(id, new Postmortem("A force push deployed a migration that dropped orders.", "", "",
                "", "", "", new Lessons("The client kept every order e-mail.", "", ""),
                List.of(new ActionItem("Block force pushes to main", "Ana", ActionItem.Type.PREVENT, false))));
        incident = journal.incident(id);
    }

    private void log(CaptureParser parser, long id, String line, EntryKind kind) {
        journal.append(parser.parse(line).toEntry(id, kind, EntrySource.MANUAL));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        journal.close();
    }

    @Test
    void markdownFollowsTheTemplateMarksMilestonesAndMeasuresTheNight() {
        String md = PostmortemMarkdown.render(incident, journal.entries(incident.id()));

        assertThat(md).containsSubsequence("# Postmortem: Orders table dropped", "## Summary",
                "A force push deployed a migration", "## Impact", "## Root causes", "## Trigger", "## Resolution",
                "## Detection", "## Action items", "| Block force pushes to main | prevent | Ana | open |",
                "## Lessons learned", "The client kept every order e-mail.", "## Timeline", "## Metrics");
        assertThat(md).contains("_Which conditions in our systems and processes made this possible?_");
        assertThat(md).contains("| ★ **2026-12-01 02:03 +01:00** | milestone | **Detected: realized the push went to main**");
        assertThat(md).contains("| 2026-12-01 03:00–07:30 +01:00 | action | rebuilt orders from e-mails \\| by hand |");
        assertThat(md).contains("| Time to detect | 5 min |", "| Time to mitigate | 5 h 32 min |", "| Time to resolve | n/a |");
    }

    @Test
    void htmlIsAPrintablePageWithTablesAndNoLiveMarkupFromEntries() {
        String html = PostmortemHtml.render(incident, journal.entries(incident.id()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Postmortem: Orders table dropped</title>",
                "@media print", "<h2>Timeline</h2>", "<table>", "<td>finding</td>");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void jsonLetsAnAuditorRecomputeEveryHashAndTheChainHead() throws Exception {
        JsonNode json = new ObjectMapper().readTree(IncidentJson.render(incident, journal.entries(incident.id()), journal.verify()));

        JsonNode entries = json.get("entries");
        assertThat(entries).hasSize(7);
        String previous = "0".repeat(64);
        for (JsonNode entry : entries) {
            ObjectNode canonical = ((ObjectNode) entry).deepCopy();
            String hash = canonical.remove("hash").asText();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(hash);
            assertThat(entry.get("previous_hash").asText()).isEqualTo(previous);
            previous = hash;
        }
        assertThat(json.at("/chain/head").asText()).isEqualTo(previous);
        assertThat(json.at("/chain/intact").asBoolean()).isTrue();
        assertThat(json.at("/incident/key_times/detected").asText()).isEqualTo("2026-12-01T02:03:00+01:00");
    }
}
