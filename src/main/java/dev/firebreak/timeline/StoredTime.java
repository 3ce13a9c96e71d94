package dev.firebreak.timeline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the times the journal stores ({@link CanonicalForm}: {@code 2026-12-01T02:03:00+01:00}, instants
 * {@code 2026-12-01T01:04:12.345Z}) without a {@link java.time.format.DateTimeFormatter}, which costs more than
 * everything else in reading a row. Anything not in exactly that shape goes to the standard parser, so the result,
 * and any error, is always what {@code OffsetDateTime.parse} / {@code Instant.parse} give.
 */
final class StoredTime {
    private static final int DATE_TIME = "2026-12-01T02:03:00".length();

    private StoredTime() {
    }

    static OffsetDateTime offsetDateTime(String text) {
        try {
            ZoneOffset offset = offset(text);
            if (offset != null) {
                return OffsetDateTime.of(local(text), offset);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // not a valid time in the stored shape: the standard parser says why below
        }
        return OffsetDateTime.parse(text);
    }

    static Instant instant(String text) {
        try {
            int length = text.length();
            if ((length == DATE_TIME + 1 || length == DATE_TIME + 5) && text.charAt(length - 1) == 'Z'
                    && (length == DATE_TIME + 1 || text.charAt(DATE_TIME) == '.')) {
                int millis = length == DATE_TIME + 1 ? 0 : digits(text, DATE_TIME + 1, DATE_TIME + 4);
                return local(text).toInstant(ZoneOffset.UTC).plusMillis(millis);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // not a valid instant in the stored shape: the standard parser says why below
        }
        return Instant.parse(text);
    }

    /** {@code Z} or {@code ±HH:MM} right after the seconds, else null. */
    private static ZoneOffset offset(String text) {
        if (text.length() == DATE_TIME + 1 && text.charAt(DATE_TIME) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (text.length() != DATE_TIME + 6 || text.charAt(DATE_TIME + 3) != ':') {
            return null;
        }
        char sign = text.charAt(DATE_TIME);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours = digits(text, DATE_TIME + 1, DATE_TIME + 3);
        int minutes = digits(text, DATE_TIME + 4, DATE_TIME + 6);
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} at the start of {@code text}. */
    private static LocalDateTime local(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            throw new DateTimeException("not the stored shape");
        }
        return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                digits(text, 14, 16), digits(text, 17, 19));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
