package dev.firebreak.schedule;

import dev.firebreak.core.UserFacingException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * When scheduled backups run, in the machine's local time: every {@code everyHours} hours (a divisor of 24, so each
 * day has the same times) starting from {@code at}. {@code daily} at 02:00 is one run a day; {@code 6h} at 02:30
 * runs at 02:30, 08:30, 14:30 and 20:30; {@code hourly} uses only the minute of {@code at}.
 */
public record Cadence(int everyHours, LocalTime at) {
    public static final String DEFAULT_AT = "02:00";
    private static final List<Integer> DIVISORS_OF_A_DAY = List.of(1, 2, 3, 4, 6, 8, 12, 24);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public Cadence {
        if (!DIVISORS_OF_A_DAY.contains(everyHours)) {
            throw new UserFacingException("Cannot run every " + everyHours + " hours: use daily, hourly or one of "
                    + "2h, 3h, 4h, 6h, 8h, 12h (a day must divide evenly).");
        }
        at = at.withSecond(0).withNano(0);
    }

    public static Cadence daily() {
        return parse("daily", DEFAULT_AT);
    }

    /** {@code every}: daily, hourly or {@code Nh}; {@code at}: HH:MM. */
    public static Cadence parse(String every, String at) {
        String text = every.trim().toLowerCase(Locale.ROOT);
        int hours;
        if (text.equals("daily") || text.equals("24h")) {
            hours = 24;
        } else if (text.equals("hourly")) {
            hours = 1;
        } else if (text.matches("\\d{1,2}h")) {
            hours = Integer.parseInt(text.substring(0, text.length() - 1));
        } else {
            throw new UserFacingException("Unknown interval '" + every + "': use daily, hourly or e.g. 6h.");
        }
        try {
            return new Cadence(hours, LocalTime.parse(at.trim(), HH_MM));
        } catch (DateTimeParseException e) {
            throw new UserFacingException("'" + at + "' is not a time of day: use HH:MM, e.g. 02:30.");
        }
    }

    /** {@code daily}, {@code hourly} or {@code 6h}, as {@link #parse} reads it. */
    public String every() {
        return everyHours == 24 ? "daily" : everyHours == 1 ? "hourly" : everyHours + "h";
    }

    public String atText() {
        return HH_MM.format(at);
    }

    /** The hours of the day at which it runs, ascending. */
    public List<Integer> hours() {
        int first = at.getHour() % everyHours;
        return IntStream.iterate(first, hour -> hour < 24, hour -> hour + everyHours).boxed().toList();
    }

    public int minute() {
        return at.getMinute();
    }

    /** "daily at 02:00", "hourly at minute 15", "every 6 h at 02:30, 08:30, 14:30, 20:30". */
    public String describe() {
        if (everyHours == 24) {
            return "daily at " + atText();
        }
        if (everyHours == 1) {
            return "hourly at minute " + String.format(Locale.ROOT, "%02d", minute());
        }
        return "every " + everyHours + " h at " + String.join(", ", hours().stream()
                .map(hour -> String.format(Locale.ROOT, "%02d:%02d", hour, minute())).toList());
    }

    /** The latest run time at or before {@code now}. */
    public ZonedDateTime previous(ZonedDateTime now) {
        ZonedDateTime candidate = next(now.minusDays(1));
        for (ZonedDateTime later = next(candidate); !later.isAfter(now); later = next(later)) {
            candidate = later;
        }
        return candidate;
    }

    /** The first run time strictly after {@code after}. */
    public ZonedDateTime next(ZonedDateTime after) {
        for (int day = 0; day <= 1; day++) {
            for (int hour : hours()) {
                ZonedDateTime slot = after.toLocalDate().plusDays(day).atTime(hour, minute()).atZone(after.getZone());
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no run within two days of " + after); // every cadence runs at least daily
    }
}
