package dev.firebreak.backup.violation;

/** A deliberate violation for {@code LayeringRulesTest}: backups depending on continuous protection. */
public final class BackupUsesProtection {
    dev.firebreak.protect.Lsn position;
}
