package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.timeline.CaptureParser;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak incident …}, {@code log} and {@code journal verify} in-process, each test with its own home. */
class IncidentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    Run firebreak(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new FirebreakHome(home)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    JsonNode json(String... args) throws Exception {
        Run run = firebreak(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void openPrintsTheIdAndLogWritesToTheOpenIncidentAtTheTypedTimes() throws Exception {
        Run open = firebreak("incident", "open", "Orders table dropped", "--severity", "SEV1");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String id = open.out().strip();
        assertThat(id).isEqualTo("1");

        assertThat(firebreak("log", "2:03 realized the push went to main", "--kind", "detection").exitCode()).isZero();
        assertThat(firebreak("log", "rebuilt orders from order e-mails", "--at", "3:00-7:30", "--kind", "action").err())
                .startsWith("Logged to incident 1 at ");

        JsonNode shown = json("incident", "show", id, "--format", "json");
        assertThat(shown.at("/incident/severity").asText()).isEqualTo("SEV1");
        JsonNode entries = shown.get("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1).get("kind").asText()).isEqualTo("detection");
        assertThat(OffsetDateTime.parse(entries.get(1).get("occurred_at").asText()).toLocalTime()).isEqualTo(LocalTime.of(2, 3));
        assertThat(OffsetDateTime.parse(entries.get(2).get("occurred_at").asText()).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(OffsetDateTime.parse(entries.get(2).get("ended_at").asText()).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(entries.get(2).get("text").asText()).isEqualTo("rebuilt orders from order e-mails");
    }

    @Test
    void listShowsIncidentsAndResolveClosesTheOpenOne() throws Exception {
        firebreak("incident", "open", "Orders table dropped");
        Run resolved = firebreak("incident", "resolve", "1");
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.out()).startsWith("Incident 1 resolved at ");

        JsonNode list = json("incident", "list", "--format", "json");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(list.get(0).at("/key_times/resolved").isNull()).isFalse();
        assertThat(firebreak("incident", "list").out()).contains("SEV2", "resolved", "Orders table dropped");

        Run again = firebreak("incident", "resolve", "1");
        assertThat(again.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(again.err()).isEqualTo("firebreak: Incident 1 is not open (resolved)\n");
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneNamingTheEntryEditedInTheDatabase() throws Exception {
        firebreak("incident", "open", "Orders table dropped");
        firebreak("log", "2:05 tables empty");
        firebreak("log", "2:10 called the client");
        Run intact = firebreak("journal", "verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).startsWith("Journal intact: 3 entries, chain head ");

        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("journal.db"))) {
            sql.createStatement().executeUpdate("UPDATE entries SET occurred_at = '2026-12-01T02:30:00+01:00' WHERE id = 2");
        }
        Run broken = firebreak("journal", "verify");
        assertThat(broken.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(broken.out()).startsWith("Journal BROKEN at entry 2: ");
    }

    @Test
    void verifyExitsTwoWithAPlainMessageWhenTheJournalIsNotADatabase() throws Exception {
        Files.writeString(home.resolve("journal.db"), "this is not a database, it is a shopping list\n".repeat(100));
        Run run = firebreak("journal", "verify");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).startsWith("firebreak: Cannot ").contains("journal").doesNotContain("\tat ");
    }

    @Test
    void badInputIsRefusedWithWhatToTypeInstead() {
        assertThat(firebreak("log", "x", "--kind", "panic").err()).contains("Unknown kind 'panic'", "detection, action");
        assertThat(firebreak("log", "x", "--at", "25:00").err()).contains("Not a time: '25:00'");
        assertThat(firebreak("incident", "open", "x", "--severity", "SEV9").err()).contains("use SEV1, SEV2, SEV3 or SEV4");
        assertThat(firebreak("log", "x", "--ref", "ticket:42").err()).contains("Not a reference: 'ticket:42'; use commit:SHA");
        assertThat(firebreak("incident", "show", "42").err()).isEqualTo("firebreak: No incident 42: firebreak incident list shows them all\n");
    }

    @Test
    void exportWritesThePostmortemToStandardOutputOrAFile() throws Exception {
        firebreak("incident", "open", "Orders table dropped");
        firebreak("log", "Detected: customer called", "--kind", "milestone");

        Run md = firebreak("incident", "export", "1", "--format", "md");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("# Postmortem: Orders table dropped").contains("**Detected: customer called**");

        Path file = home.resolve("postmortem.html");
        Run html = firebreak("incident", "export", "1", "--format", "html", "-o", file.toString());
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("<h2>Timeline</h2>");

        Run missingFormat = firebreak("incident", "export", "1");
        assertThat(missingFormat.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(missingFormat.err()).contains("Missing required option: '--format=md|html|json'");
    }

    @Test
    void showReadsTheCurrentTextAndOnRequestTheHistory() {
        firebreak("incident", "open", "Orders table dropped");
        firebreak("log", "tables emtpy", "--kind", "finding");
        try (Journal journal = Journal.local(new FirebreakHome(home), Clock.systemDefaultZone())) {
            TimelineRow typo = Timeline.rows(journal.entries(1)).stream()
                    .filter(row -> row.current().text().equals("tables emtpy")).findFirst().orElseThrow();
            journal.append(new CaptureParser(journal.clock(), ZoneId.systemDefault()).parse("tables empty").amending(typo, EntrySource.MANUAL));
        }

        Run plain = firebreak("incident", "show", "1");
        assertThat(plain.out()).startsWith("Incident 1: Orders table dropped\nSEV2, investigating, opened ")
                .contains("finding       tables empty [amended]").doesNotContain("emtpy");
        assertThat(firebreak("incident", "show", "1", "--history").out()).contains("was #2: ").contains("tables emtpy");
    }

    @Test
    void logRecordsWhatAnEntryRefersTo() throws Exception {
        firebreak("incident", "open", "Orders table dropped");
        Run run = firebreak("log", "pushed the revert", "--ref", "commit:ab12cd", "--ref", "https://ci.example/run/7");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode references = json("incident", "show", "1", "--format", "json").at("/entries/1/references");
        assertThat(references.toString()).isEqualTo("[{\"type\":\"commit\",\"value\":\"ab12cd\"},{\"type\":\"url\",\"value\":\"https://ci.example/run/7\"}]");
        assertThat(firebreak("incident", "show", "1").out()).contains("pushed the revert [commit:ab12cd] [url:https://ci.example/run/7]");
        assertThat(firebreak("incident", "export", "1", "--format", "md").out()).contains("pushed the revert (commit:ab12cd, url:https://ci.example/run/7)");
    }

    @Test
    void withoutAnOpenIncidentLogWritesToTheOperationsLog() throws Exception {
        Run logged = firebreak("log", "rotated the database password");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        JsonNode list = json("incident", "list", "--format", "json");
        assertThat(list.get(0).get("title").asText()).isEqualTo("Operations log");
        assertThat(list.get(0).get("operations_log").asBoolean()).isTrue();
    }
}
