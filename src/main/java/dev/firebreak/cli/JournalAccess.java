package dev.firebreak.cli;

import dev.firebreak.core.SettingsStore;
import dev.firebreak.timeline.Journal;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the journal under the root command's Firebreak home, in the machine's zone. */
final class JournalAccess {
    private JournalAccess() {
    }

    static Journal open(CommandSpec spec) {
        FirebreakCommand root = (FirebreakCommand) spec.root().userObject();
        return Journal.open(root.home(), new SettingsStore(root.home()).load(), Clock.systemDefaultZone());
    }
}
