package dev.firebreak.backup.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.Function;

/** A calendar bucket of the GFS tiers (UTC, so that a plan does not change with the machine's time zone). */
enum RetentionPeriod {
    DAY("day", ChronoUnit.DAYS, DateTimeFormatter.ISO_LOCAL_DATE::format),
    WEEK("week", ChronoUnit.WEEKS, at -> String.format(Locale.ROOT, "%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR),
            at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
    MONTH("month", ChronoUnit.MONTHS, at -> String.format(Locale.ROOT, "%d-%02d", at.getYear(), at.getMonthValue()));

    private final String noun;
    private final ChronoUnit unit;
    private final Function<ZonedDateTime, String> bucket;

    RetentionPeriod(String noun, ChronoUnit unit, Function<ZonedDateTime, String> bucket) {
        this.noun = noun;
        this.unit = unit;
        this.bucket = bucket;
    }

    /** {@code 2026-11-05}, {@code 2026-W45} or {@code 2026-11}. */
    String bucketOf(Instant at) {
        return bucket.apply(at.atZone(ZoneOffset.UTC));
    }

    /** The oldest instant this tier still covers when it keeps {@code count} periods before {@code cutoff}. */
    Instant windowStart(ZonedDateTime cutoff, int count) {
        return cutoff.minus(count, unit).toInstant();
    }

    String noun() {
        return noun;
    }
}
