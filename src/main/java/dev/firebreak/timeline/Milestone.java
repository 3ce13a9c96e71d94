package dev.firebreak.timeline;

import dev.firebreak.core.IncidentMoment;
import java.util.Locale;
import java.util.Optional;

/**
 * The moments that set an incident's key timestamps: a {@link EntryKind#MILESTONE} entry whose text starts with
 * the milestone's name ("Detected by the on-call alert", "Mitigated: orders restored").
 */
public enum Milestone {
    IMPACT_STARTED("Impact started", null),
    DETECTED("Detected", null),
    IDENTIFIED("Identified", IncidentStatus.IDENTIFIED),
    MITIGATED("Mitigated", IncidentStatus.MITIGATED),
    RESOLVED("Resolved", IncidentStatus.RESOLVED),
    CLOSED("Closed", IncidentStatus.CLOSED);

    private final String title;
    private final IncidentStatus status;

    Milestone(String title, IncidentStatus status) {
        this.title = title;
        this.status = status;
    }

    public String title() {
        return title;
    }

    /** The status this milestone moves its incident to, if any (never backwards: see {@link IncidentStatus#advanceTo}). */
    public Optional<IncidentStatus> status() {
        return Optional.ofNullable(status);
    }

    public static Optional<Milestone> of(EntryKind kind, String text) {
        if (kind != EntryKind.MILESTONE) {
            return Optional.empty();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Milestone milestone : values()) {
            if (lower.startsWith(milestone.title.toLowerCase(Locale.ROOT))) {
                return Optional.of(milestone);
            }
        }
        return Optional.empty();
    }

    /** The milestone a service's event marks; exhaustive, so a new moment cannot go unmapped. */
    public static Milestone of(IncidentMoment moment) {
        return switch (moment) {
            case IMPACT_STARTED -> IMPACT_STARTED;
            case DETECTED -> DETECTED;
            case MITIGATED -> MITIGATED;
        };
    }

    public static Optional<Milestone> of(Entry entry) {
        return of(entry.kind(), entry.text());
    }
}
