package dev.firebreak.timeline.export;

import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Lessons;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.Reference;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The postmortem as Markdown, in the Google SRE template's order. Empty sections keep their blameless prompt, so
 * the document says what is still to be written; the timeline and metrics come from the journal.
 */
public final class PostmortemMarkdown {
    private PostmortemMarkdown() {
    }

    public static String render(Incident incident, List<Entry> entries) {
        Appendable md = new StringBuilder();
        try {
            writeRows(incident, Timeline.rows(entries), md);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return md.toString();
    }

    /** Streamed to {@code out}: a timeline of 100,000 rows never becomes one String. */
    public static void write(Incident incident, List<Entry> entries, Appendable out) throws IOException {
        writeRows(incident, Timeline.rows(entries), out);
    }

    static void writeRows(Incident incident, List<TimelineRow> rows, Appendable md) throws IOException {
        beforeTimeline(incident, md);
        timelineTable(md);
        for (TimelineRow row : rows) {
            row(md, cells(row));
        }
        afterTimeline(incident, rows, md);
    }

    /** From the title to the lessons learned, and the timeline's heading and note, each line ending in a newline. */
    static void beforeTimeline(Incident incident, Appendable md) throws IOException {
        Postmortem postmortem = incident.postmortem();
        md.append("# Postmortem: ").append(inline(incident.title())).append("\n\n");
        md.append("Incident ").append(Long.toString(incident.id())).append(" · ").append(String.valueOf(incident.severity()))
                .append(" · ").append(incident.status().label()).append(" · commander: ")
                .append(incident.commander() == null ? "n/a" : inline(incident.commander())).append("\n\n");
        md.append("_Blameless: this document describes how our systems and processes let this happen and what we "
                + "change, not who is at fault._\n\n");
        section(md, "##", TemplateSection.SUMMARY, postmortem.summary());
        section(md, "##", TemplateSection.IMPACT, postmortem.impact());
        section(md, "##", TemplateSection.ROOT_CAUSES, postmortem.rootCauses());
        section(md, "##", TemplateSection.TRIGGER, postmortem.trigger());
        section(md, "##", TemplateSection.RESOLUTION, postmortem.resolution());
        section(md, "##", TemplateSection.DETECTION, postmortem.detection());
        actionItems(md, postmortem.actionItems());
        lessons(md, postmortem.lessons());
        md.append("## Timeline\n\n");
        md.append("Times as recorded, with their UTC offset. Milestones are marked ★, pinned entries 📌.\n\n");
    }

    /** The timeline table's header; its rows follow, one {@link #row} each. */
    static void timelineTable(Appendable md) throws IOException {
        md.append("| Time | Kind | What happened | Author | Source |\n|---|---|---|---|---|\n");
    }

    /** The five cells of a timeline row as Markdown: time, kind, what happened, author, source. */
    static String[] cells(TimelineRow row) {
        Entry entry = row.current();
        boolean milestone = Milestone.of(entry).isPresent();
        String text = cell(entry.text());
        if (row.struck()) {
            text = "_struck:_ " + text;
        } else if (row.amended()) {
            text = text + " _(amended)_";
        }
        if (entry.pinned()) {
            text = "📌 " + text;
        }
        if (!entry.references().isEmpty()) {
            text = text + " (" + cell(entry.references().stream().map(Reference::toString).collect(Collectors.joining(", "))) + ")";
        }
        String when = TimeText.when(entry);
        return new String[] {milestone ? "★ **" + when + "**" : when, entry.kind().label(), milestone ? "**" + text + "**" : text,
                cell(entry.author()), entry.source().label()};
    }

    static void row(Appendable md, String[] cells) throws IOException {
        for (String cell : cells) {
            md.append("| ").append(cell).append(' ');
        }
        md.append("|\n");
    }

    /** After the timeline table: the metrics. */
    static void afterTimeline(Incident incident, List<TimelineRow> rows, Appendable md) throws IOException {
        md.append('\n');
        metrics(md, KeyTimes.of(rows), rows.isEmpty() ? incident.openedAt() : rows.get(0).current().occurredAt());
    }

    private static void section(Appendable md, String level, TemplateSection section, String text) throws IOException {
        md.append(level).append(' ').append(section.title()).append("\n\n");
        md.append(text == null || text.isBlank() ? "_" + section.prompt() + "_" : text.strip()).append("\n\n");
    }

    private static void actionItems(Appendable md, List<ActionItem> items) throws IOException {
        if (items.isEmpty()) {
            section(md, "##", TemplateSection.ACTION_ITEMS, "");
            return;
        }
        md.append("## ").append(TemplateSection.ACTION_ITEMS.title()).append("\n\n");
        md.append("| Action item | Type | Owner | Status |\n|---|---|---|---|\n");
        for (ActionItem item : items) {
            md.append("| ").append(cell(item.text())).append(" | ").append(item.type().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(cell(item.owner())).append(" | ").append(item.done() ? "done" : "open").append(" |\n");
        }
        md.append('\n');
    }

    private static void lessons(Appendable md, Lessons lessons) throws IOException {
        md.append("## Lessons learned\n\n");
        section(md, "###", TemplateSection.WENT_WELL, lessons.wentWell());
        section(md, "###", TemplateSection.WENT_WRONG, lessons.wentWrong());
        section(md, "###", TemplateSection.GOT_LUCKY, lessons.gotLucky());
    }

    private static void metrics(Appendable md, KeyTimes times, OffsetDateTime firstEntry) throws IOException {
        md.append("## Metrics\n\n| Metric | Value |\n|---|---|\n");
        for (Milestone milestone : Milestone.values()) {
            md.append("| ").append(milestone.title()).append(" | ")
                    .append(times.at(milestone).map(TimeText::dateTime).orElse("n/a")).append(" |\n");
        }
        md.append("| Time to detect | ").append(TimeText.duration(times.since(firstEntry, Milestone.DETECTED))).append(" |\n");
        md.append("| Time to mitigate | ").append(TimeText.duration(times.since(firstEntry, Milestone.MITIGATED))).append(" |\n");
        md.append("| Time to resolve | ").append(TimeText.duration(times.since(firstEntry, Milestone.RESOLVED))).append(" |\n");
    }

    /** Table cells hold one line and no column separators. */
    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    private static String inline(String text) {
        return text.replace("\n", " ");
    }
}
