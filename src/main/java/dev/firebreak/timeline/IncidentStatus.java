package dev.firebreak.timeline;

import java.util.Locale;

/** An incident's progress; it only ever moves forward, in this order. */
public enum IncidentStatus {
    INVESTIGATING, IDENTIFIED, MITIGATED, RESOLVED, CLOSED;

    public boolean isOpen() {
        return compareTo(RESOLVED) < 0;
    }

    /** The later of the two: a late "Mitigated" entry never reopens a resolved incident. */
    public IncidentStatus advanceTo(IncidentStatus next) {
        return next.compareTo(this) > 0 ? next : this;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
