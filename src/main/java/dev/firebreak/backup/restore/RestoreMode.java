package dev.firebreak.backup.restore;

import java.util.Locale;

/**
 * {@code NEW}: into a new database beside the live one. {@code REPLACE}: safety backup, restore into a temporary
 * database, check row counts, then swap by rename — the previous database is kept and Undo swaps back.
 * {@code TABLES}: chosen tables into a side schema of the live database, compared there, missing rows copied back
 * on request ({@code TableRestoreJob}).
 */
public enum RestoreMode {
    NEW, REPLACE, TABLES;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
