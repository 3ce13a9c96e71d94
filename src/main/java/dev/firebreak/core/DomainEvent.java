package dev.firebreak.core;

import java.time.Instant;
import java.util.Optional;

/** Something a service did that other parts may want to know about (the timeline journals them). */
public interface DomainEvent {
    Instant at();

    /** One plain sentence for a human, e.g. "Push to origin/main blocked: forced update of a protected branch". */
    String summary();

    /** Which part of Firebreak published it, so that no subscriber has to guess from the event's class. */
    EventSource source();

    /** A person chose this against a warning (a blocked push let through): the journal records it as a decision. */
    default boolean isDecision() {
        return false;
    }

    /** The incident moment this event is, if any: a deploy that destroyed data, a restore that brought it back. */
    default Optional<IncidentMoment> marks() {
        return Optional.empty();
    }
}
