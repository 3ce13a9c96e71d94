package dev.firebreak.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/** A calendar bucket of the GFS tiers (UTC, so that a plan does not change with the machine's time zone). */
enum RetentionPeriod {
    DAY("day") {
        @Override
        String bucket(ZonedDateTime at) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(at);
        }

        @Override
        Instant windowStart(ZonedDateTime cutoff, int count) {
            return cutoff.minusDays(count).toInstant();
        }
    },
    WEEK("week") {
        @Override
        String bucket(ZonedDateTime at) {
            return String.format("%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        @Override
        Instant windowStart(ZonedDateTime cutoff, int count) {
            return cutoff.minusWeeks(count).toInstant();
        }
    },
    MONTH("month") {
        @Override
        String bucket(ZonedDateTime at) {
            return String.format("%d-%02d", at.getYear(), at.getMonthValue());
        }

        @Override
        Instant windowStart(ZonedDateTime cutoff, int count) {
            return cutoff.minusMonths(count).toInstant();
        }
    };

    private final String noun;

    RetentionPeriod(String noun) {
        this.noun = noun;
    }

    /** {@code 2026-11-05}, {@code 2026-W45} or {@code 2026-11}. */
    abstract String bucket(ZonedDateTime at);

    /** The oldest instant this tier still covers when it keeps {@code count} periods before {@code cutoff}. */
    abstract Instant windowStart(ZonedDateTime cutoff, int count);

    String bucketOf(Instant at) {
        return bucket(at.atZone(ZoneOffset.UTC));
    }

    String noun() {
        return noun;
    }
}
