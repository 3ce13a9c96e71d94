package dev.firebreak.core;

import java.time.Instant;

/** Something a service did that other parts may want to know about (the timeline journals them). */
public interface DomainEvent {
    Instant at();

    /** One plain sentence for a human, e.g. "Push to origin/main blocked: forced update of a protected branch". */
    String summary();
}
