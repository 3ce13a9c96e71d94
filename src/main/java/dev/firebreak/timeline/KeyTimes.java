package dev.firebreak.timeline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When impact started, and when it was detected, mitigated and resolved: from the current milestone entries. */
public record KeyTimes(Map<Milestone, OffsetDateTime> times) {
    public KeyTimes {
        times = Map.copyOf(times);
    }

    /** The earliest occurrence of each milestone among the rows as views show them (struck rows do not count). */
    public static KeyTimes of(List<TimelineRow> rows) {
        Map<Milestone, OffsetDateTime> times = new EnumMap<>(Milestone.class);
        for (TimelineRow row : rows) {
            if (!row.struck()) {
                Milestone.of(row.current()).ifPresent(milestone -> times.merge(milestone, row.current().occurredAt(),
                        (a, b) -> a.toInstant().isBefore(b.toInstant()) ? a : b));
            }
        }
        return new KeyTimes(times);
    }

    public Optional<OffsetDateTime> at(Milestone milestone) {
        return Optional.ofNullable(times.get(milestone));
    }

    /** From impact start (else the first entry) to {@code milestone}: time to detect, mitigate, resolve. */
    public Optional<Duration> since(OffsetDateTime start, Milestone milestone) {
        OffsetDateTime from = at(Milestone.IMPACT_STARTED).orElse(start);
        return at(milestone).map(end -> Duration.between(from, end));
    }
}
