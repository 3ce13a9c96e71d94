package dev.firebreak.timeline.export;

import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Lessons;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The postmortem as Markdown, in the Google SRE template's order. Empty sections keep their blameless prompt, so
 * the document says what is still to be written; the timeline and metrics come from the journal.
 */
public final class PostmortemMarkdown {
    private PostmortemMarkdown() {
    }

    public static String render(Incident incident, List<Entry> entries) {
        List<TimelineRow> rows = Timeline.rows(entries);
        KeyTimes times = KeyTimes.of(rows);
        Postmortem postmortem = incident.postmortem();
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem: ").append(inline(incident.title())).append("\n\n");
        md.append("Incident ").append(incident.id()).append(" · ").append(incident.severity()).append(" · ")
                .append(incident.status().label()).append(" · commander: ")
                .append(incident.commander() == null ? "n/a" : inline(incident.commander())).append("\n\n");
        md.append("_Blameless: this document describes how our systems and processes let this happen and what we "
                + "change, not who is at fault._\n\n");
        section(md, "Summary", postmortem.summary(), "What happened, in two or three sentences?");
        section(md, "Impact", postmortem.impact(), "Who and what was affected, how badly, and for how long?");
        section(md, "Root causes", postmortem.rootCauses(), "Which conditions in our systems and processes made this possible?");
        section(md, "Trigger", postmortem.trigger(), "Which change or event set it off?");
        section(md, "Resolution", postmortem.resolution(), "What brought the service back, and what is left to do?");
        section(md, "Detection", postmortem.detection(), "How did we find out, and how could our tooling have told us sooner?");
        actionItems(md, postmortem.actionItems());
        lessons(md, postmortem.lessons());
        timeline(md, rows);
        metrics(md, times, rows.isEmpty() ? incident.openedAt() : rows.get(0).current().occurredAt());
        return md.toString();
    }

    private static void section(StringBuilder md, String title, String text, String prompt) {
        md.append("## ").append(title).append("\n\n");
        md.append(text == null || text.isBlank() ? "_" + prompt + "_" : text.strip()).append("\n\n");
    }

    private static void actionItems(StringBuilder md, List<ActionItem> items) {
        md.append("## Action items\n\n");
        if (items.isEmpty()) {
            md.append("_What will we change so this cannot happen again, or hurts less? Each item has an owner._\n\n");
            return;
        }
        md.append("| Action item | Type | Owner | Status |\n|---|---|---|---|\n");
        for (ActionItem item : items) {
            md.append("| ").append(cell(item.text())).append(" | ").append(item.type().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(cell(item.owner())).append(" | ").append(item.done() ? "done" : "open").append(" |\n");
        }
        md.append('\n');
    }

    private static void lessons(StringBuilder md, Lessons lessons) {
        md.append("## Lessons learned\n\n");
        md.append("### What went well\n\n").append(orPrompt(lessons.wentWell(), "What helped us?")).append("\n\n");
        md.append("### What went wrong\n\n").append(orPrompt(lessons.wentWrong(), "Where did our systems or processes let us down?")).append("\n\n");
        md.append("### Where we got lucky\n\n").append(orPrompt(lessons.gotLucky(), "What could have made this worse?")).append("\n\n");
    }

    private static void timeline(StringBuilder md, List<TimelineRow> rows) {
        md.append("## Timeline\n\n");
        md.append("Times as recorded, with their UTC offset. Milestones are marked ★.\n\n");
        md.append("| Time | Kind | What happened | Author | Source |\n|---|---|---|---|---|\n");
        for (TimelineRow row : rows) {
            Entry entry = row.current();
            boolean milestone = Milestone.of(entry).isPresent();
            String text = cell(entry.text());
            if (row.struck()) {
                text = "_struck:_ " + text;
            } else if (row.amended()) {
                text = text + " _(amended)_";
            }
            md.append("| ").append(milestone ? "★ **" + TimeText.when(entry) + "**" : TimeText.when(entry))
                    .append(" | ").append(entry.kind().label()).append(" | ").append(milestone ? "**" + text + "**" : text)
                    .append(" | ").append(cell(entry.author())).append(" | ").append(entry.source().label()).append(" |\n");
        }
        md.append('\n');
    }

    private static void metrics(StringBuilder md, KeyTimes times, OffsetDateTime firstEntry) {
        md.append("## Metrics\n\n| Metric | Value |\n|---|---|\n");
        for (Milestone milestone : Milestone.values()) {
            md.append("| ").append(milestone.title()).append(" | ")
                    .append(times.at(milestone).map(TimeText::dateTime).orElse("n/a")).append(" |\n");
        }
        md.append("| Time to detect | ").append(TimeText.duration(times.since(firstEntry, Milestone.DETECTED))).append(" |\n");
        md.append("| Time to mitigate | ").append(TimeText.duration(times.since(firstEntry, Milestone.MITIGATED))).append(" |\n");
        md.append("| Time to resolve | ").append(TimeText.duration(times.since(firstEntry, Milestone.RESOLVED))).append(" |\n");
    }

    private static String orPrompt(String text, String prompt) {
        return text == null || text.isBlank() ? "_" + prompt + "_" : text.strip();
    }

    /** Table cells hold one line and no column separators. */
    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    private static String inline(String text) {
        return text.replace("\n", " ");
    }
}
