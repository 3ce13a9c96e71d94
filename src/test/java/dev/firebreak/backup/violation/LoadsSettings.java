package dev.firebreak.backup.violation;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;

/** A deliberate violation for {@code LayeringRulesTest}: a service reading the settings itself. */
public final class LoadsSettings {
    Settings settings(FirebreakHome home) {
        return new SettingsStore(home).load();
    }
}
