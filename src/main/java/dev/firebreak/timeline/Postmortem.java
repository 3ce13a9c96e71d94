package dev.firebreak.timeline;

import java.util.List;

/** The written part of a postmortem (Google SRE template); the timeline and metrics come from the journal. */
public record Postmortem(String summary, String impact, String trigger, String rootCauses, String resolution,
                         String detection, Lessons lessons, List<ActionItem> actionItems) {
    public static final Postmortem EMPTY = new Postmortem("", "", "", "", "", "", Lessons.NONE, List.of());

    public Postmortem {
        lessons = lessons == null ? Lessons.NONE : lessons;
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }
}
