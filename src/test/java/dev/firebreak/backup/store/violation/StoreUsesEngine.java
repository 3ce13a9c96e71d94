package dev.firebreak.backup.store.violation;

/** A deliberate violation for {@code LayeringRulesTest}: a part of backup reaching up into its engine. */
public final class StoreUsesEngine {
    dev.firebreak.backup.BackupEngine engine;
}
