package dev.firebreak.core;

import java.util.Locale;

/**
 * The one way Firebreak writes numbers, in the console, the CLI and the postmortem: {@code 1,247 rows},
 * {@code 1 table} / {@code 2 tables}, {@code 3.4 MiB}.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 1,247}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 1 table}, {@code 2 tables}, {@code 1,247 rows}: {@code noun} in the singular, made plural with an "s". */
    public static String of(long value, String noun) {
        return count(value) + " " + (value == 1 ? noun : noun + "s");
    }

    /** {@code 512 B}, {@code 1.5 KiB}, {@code 3.4 MiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
