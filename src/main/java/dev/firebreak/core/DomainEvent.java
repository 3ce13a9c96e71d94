package dev.firebreak.core;

import java.time.Instant;
import java.util.Optional;

/** Something a service did that other parts may want to know about (the timeline journals them). */
public interface DomainEvent {
    Instant at();

    /** One plain sentence for a human, e.g. "Push to origin/main blocked: forced update of a protected branch". */
    String summary();

    /** The incident moment this event is, if any: a deploy that destroyed data, a restore that brought it back. */
    default Optional<IncidentMoment> marks() {
        return Optional.empty();
    }
}
