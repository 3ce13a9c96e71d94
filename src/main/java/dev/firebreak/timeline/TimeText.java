package dev.firebreak.timeline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How times read for people: in the offset they were captured in, spans as "03:00–07:30", durations "5 h 27 min". */
public final class TimeText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    public static String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time);
    }

    /** "2026-12-01 03:00–07:30 +01:00"; the end's date is spelled out when the span crosses midnight. */
    public static String when(Entry entry) {
        if (entry.end().isEmpty()) {
            return dateTime(entry.occurredAt());
        }
        OffsetDateTime end = entry.endedAt();
        boolean sameDay = end.toLocalDate().equals(entry.occurredAt().toLocalDate());
        return entry.occurredAt().toLocalDate() + " " + TIME.format(entry.occurredAt()) + "–"
                + (sameDay ? TIME.format(end) + " " + end.getOffset() : dateTime(end));
    }

    public static String duration(Optional<Duration> duration) {
        return duration.map(TimeText::duration).orElse("n/a");
    }

    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
