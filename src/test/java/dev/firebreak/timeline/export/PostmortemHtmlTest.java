package dev.firebreak.timeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Lessons;
import dev.firebreak.timeline.NewEntry;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML export's shortcut for plain text changes nothing: every cell renders as commonmark alone renders it. */
class PostmortemHtmlTest {
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-01T07:10:00Z"), ZoneId.of("Europe/Berlin"));
    private static final List<String> TEXTS = List.of("checked replication lag, still 40 s behind", "snake_case_table dropped",
            "**bold** and *em*", "ran `pg_restore -j 4`", "a < b & c > d", "see [the run](https://ci.example/run/7)",
            "see [1]", "  spaced out  ", "ends with a backslash \\", "quoted \"orders\" (50% #3 @ana $5 {x} a=b?)",
            "emoji 📌 and ünïcode ★", "tab\there", "<b>raw html</b>", "&amp; an entity", "1. not a list", "# not a heading",
            "- not an item", "> not a quote", "|pipes| in | text", "~~not struck~~", "x^2", "[x]: not a definition",
            "https://bare.example/url", "www.example.com", "!important", "line one\nline two", "trailing dot.", "-",
            "\u00a0non-breaking\u00a0", "Mitigated: orders back");

    @TempDir
    Path tmp;

    @Test
    void everyCellRendersAsCommonmarkRendersTheMarkdown() {
        String html = exported("Orders <dropped>", "We followed [1].\n\n[1]: https://runbook.example/restore", TEXTS);

        assertThat(html).contains("<td>snake_case_table dropped</td>", "<a href=\"https://runbook.example/restore\">1</a>",
                "<td>a &lt; b &amp; c &gt; d</td>", "<td>checked replication lag, still 40 s behind</td>");
    }

    /** The timeline is rendered apart from the rest only where commonmark would see it as the same table. */
    @ParameterizedTest
    @ValueSource(strings = {"An unclosed fence swallows the rest:\n\n```", "> a quote\n> that goes on", "<!-- never closed",
        "- a list\n\n  still the list", "| a | b |\n|---|---|\n| table | of the summary |"})
    void aSummaryThatChangesHowTheRestParsesStillRendersAsCommonmarkDoes(String summary) {
        exported("Orders <dropped>", summary, TEXTS);
        exported("Orders <dropped>", summary, List.of("only plain text", "in every row"));
    }

    @Test
    void anIncidentWithOnlyPlainRowsRendersAsCommonmarkDoes() {
        assertThat(exported("Orders dropped", "", List.of("only plain text", "in every row"))).contains("<td>in every row</td>");
    }

    /** The HTML export of an incident with {@code texts} as notes after it was opened, checked against commonmark alone. */
    private String exported(String title, String summary, List<String> texts) {
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve(System.nanoTime() + ".db"), MORNING, "Ana")) {
            long id = journal.openIncident(title, Severity.SEV1, EntrySource.CLI).id();
            journal.savePostmortem(id, new Postmortem(summary, "", "", "", "", "", Lessons.NONE, List.of()));
            OffsetDateTime at = OffsetDateTime.parse("2026-12-01T02:00:00+01:00");
            for (int i = 0; i < texts.size(); i++) {
                EntryKind kind = texts.get(i).startsWith("Mitigated") ? EntryKind.MILESTONE : EntryKind.NOTE;
                journal.append(NewEntry.of(id, at.plusMinutes(i), kind, texts.get(i), EntrySource.MANUAL));
            }
            Incident incident = journal.incident(id);
            String markdown = PostmortemMarkdown.render(incident, journal.entries(id));

            String html = PostmortemHtml.render(incident, journal.entries(id));

            var extensions = List.of(TablesExtension.create());
            String commonmarkAlone = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build()
                    .render(Parser.builder().extensions(extensions).build().parse(markdown));
            assertThat(html).contains(commonmarkAlone);
            return html;
        }
    }
}
