package dev.firebreak.backup;

import java.util.Locale;

/** Byte counts and row counts as people read them. */
public final class Sizes {
    private Sizes() {
    }

    public static String human(long bytes) {
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

    /** {@code 1,247}. */
    public static String count(long rows) {
        return String.format(Locale.ROOT, "%,d", rows);
    }
}
