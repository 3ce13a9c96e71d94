package dev.firebreak.backup.manifest.violation;

/** A deliberate violation for {@code LayeringRulesTest}: the manifest needing the store that already needs it. */
public final class ManifestUsesStore {
    dev.firebreak.backup.store.BackupStore store;
}
