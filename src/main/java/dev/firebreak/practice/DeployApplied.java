package dev.firebreak.practice;

import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventSource;
import dev.firebreak.core.IncidentMoment;
import dev.firebreak.core.Numbers;
import java.time.Instant;
import java.util.Optional;

/** Practice mode's CI ran the feature branch's migration on the shop database (journaled into {@code incident}). */
public record DeployApplied(Instant at, String branch, String commit, String migration, String database,
                            long customersBefore, long incident) implements DomainEvent {
    @Override
    public EventSource source() {
        return EventSource.PRACTICE;
    }

    @Override
    public String summary() {
        return "Deploy of " + branch + " (" + commit + ") ran " + migration + " on " + database + ": customers and orders "
                + "dropped, " + Numbers.count(customersBefore) + " customers gone, an empty customers table created";
    }

    @Override
    public Optional<IncidentMoment> marks() {
        return Optional.of(IncidentMoment.IMPACT_STARTED);
    }
}
