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
        try (Journal journal = Journal.open("jdbc:sqlite:" + tmp.resolve("journal.db"), MORNING, "Ana")) {
            long id = journal.openIncident("Orders <dropped>", Severity.SEV1, EntrySource.CLI).id();
            journal.savePostmortem(id, new Postmortem("We followed [1].\n\n[1]: https://runbook.example/restore",
                    "", "", "", "", "", Lessons.NONE, List.of()));
            OffsetDateTime at = OffsetDateTime.parse("2026-12-01T02:00:00+01:00");
            for (int i = 0; i < TEXTS.size(); i++) {
                EntryKind kind = TEXTS.get(i).startsWith("Mitigated") ? EntryKind.MILESTONE : EntryKind.NOTE;
                journal.append(NewEntry.of(id, at.plusMinutes(i), kind, TEXTS.get(i), EntrySource.MANUAL));
            }
            Incident incident = journal.incident(id);
            String markdown = PostmortemMarkdown.render(incident, journal.entries(id));

            String html = PostmortemHtml.render(incident, journal.entries(id));

            var extensions = List.of(TablesExtension.create());
            String commonmarkAlone = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build()
                    .render(Parser.builder().extensions(extensions).build().parse(markdown));
            assertThat(html).contains(commonmarkAlone);
            assertThat(html).contains("<td>snake_case_table dropped</td>", "<a href=\"https://runbook.example/restore\">1</a>",
                    "<td>a &lt; b &amp; c &gt; d</td>", "<td>checked replication lag, still 40 s behind</td>");
        }
    }
}
