package dev.firebreak.prepush;

import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventSource;
import java.time.Instant;
import java.util.List;

/** A blocked push was let through on purpose; the timeline journals it with the reason. */
public record PushOverridden(Instant at, String repository, String headline, List<String> failedChecks, String reason)
        implements DomainEvent {
    public PushOverridden {
        failedChecks = List.copyOf(failedChecks);
    }

    @Override
    public EventSource source() {
        return EventSource.PREPUSH;
    }

    @Override
    public boolean isDecision() {
        return true;
    }

    @Override
    public String summary() {
        return "Blocked push overridden (" + headline + "): " + reason;
    }
}
