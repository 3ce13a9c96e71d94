package dev.firebreak.core;

/**
 * A moment of an incident that an event marks by itself, so the postmortem's time to mitigate is measured from what
 * happened rather than typed in afterwards.
 */
public enum IncidentMoment {
    IMPACT_STARTED,
    /** Someone saw the damage: a compare found rows missing. */
    DETECTED,
    MITIGATED
}
