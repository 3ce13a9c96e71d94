package dev.firebreak.ui.backups.violation;

/** A deliberate violation for {@code LayeringRulesTest}: one tab depending on another. */
public final class BackupsTabUsesTimelineTab {
    dev.firebreak.ui.timeline.TimelineViewModel timeline;
}
