package dev.firebreak.backup;

import java.util.Locale;

/**
 * {@code NEW}: into a new database beside the live one. {@code REPLACE}: safety backup, restore into a temporary
 * database, check row counts, then swap by rename — the previous database is kept and Undo swaps back.
 */
public enum RestoreMode {
    NEW, REPLACE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
