package dev.firebreak.sql.violation;

/** A deliberate violation for {@code LayeringRulesTest}: the analyzer depending on the backup services. */
public final class SqlUsesBackup {
    static final Class<?> IDENTIFIERS = dev.firebreak.backup.database.Identifiers.class;
}
