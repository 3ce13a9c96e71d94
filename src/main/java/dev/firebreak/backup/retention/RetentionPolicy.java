package dev.firebreak.backup.retention;

import dev.firebreak.core.UserFacingException;

/**
 * How long backups are kept (grandfather-father-son): every backup younger than {@code keepAllDays}; beyond that
 * the newest backup of each calendar day (UTC) for {@code dailyDays} more days, of each ISO week for
 * {@code weeklyWeeks} weeks and of each month for {@code monthlyMonths} months. Every window starts where
 * "keep all" ends. Whatever the numbers, the newest backup and the newest test-restored one of a profile stay.
 */
public record RetentionPolicy(int keepAllDays, int dailyDays, int weeklyWeeks, int monthlyMonths) {
    /** 30 days of everything, then 7 daily, 4 weekly and 12 monthly backups: about 13 months of history. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(30, 7, 4, 12);

    public RetentionPolicy {
        requireNotNegative("keepAllDays", keepAllDays);
        requireNotNegative("dailyDays", dailyDays);
        requireNotNegative("weeklyWeeks", weeklyWeeks);
        requireNotNegative("monthlyMonths", monthlyMonths);
    }

    /** "keep all for 30 days, then the newest per day for 7 days, per ISO week for 4 weeks, per month for 12 months". */
    public String describe() {
        return "keep all for " + keepAllDays + " days, then the newest per day for " + dailyDays + " days, per ISO week for "
                + weeklyWeeks + " weeks, per month for " + monthlyMonths + " months";
    }

    private static void requireNotNegative(String field, int value) {
        if (value < 0) {
            throw new UserFacingException("Retention '" + field + "' must be 0 or more, not " + value + ".");
        }
    }
}
