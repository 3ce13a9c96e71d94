package dev.firebreak.timeline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When impact started, and when it was detected, mitigated and resolved: from the current milestone entries, and for
 * detection without one, from the first entry a person wrote after the impact.
 */
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
        OffsetDateTime impact = times.get(Milestone.IMPACT_STARTED);
        if (impact != null && !times.containsKey(Milestone.DETECTED)) {
            firstPersonsEntrySince(rows, impact).ifPresent(at -> times.put(Milestone.DETECTED, at));
        }
        return new KeyTimes(times);
    }

    /**
     * Without a "Detected" milestone, the incident was detected when a person first wrote into it after the impact
     * began: whoever opens or logs an incident has seen it.
     */
    private static Optional<OffsetDateTime> firstPersonsEntrySince(List<TimelineRow> rows, OffsetDateTime impact) {
        return rows.stream().filter(row -> !row.struck()).map(TimelineRow::current)
                .filter(entry -> entry.source() == EntrySource.MANUAL || entry.source() == EntrySource.CLI)
                .map(Entry::occurredAt).filter(at -> !at.toInstant().isBefore(impact.toInstant()))
                .min(Comparator.comparing(OffsetDateTime::toInstant));
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
