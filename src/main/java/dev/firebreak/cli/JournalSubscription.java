package dev.firebreak.cli;

import dev.firebreak.core.EventBus;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The journal listening to a command's events while it runs. Best effort: a journal that cannot be opened is
 * reported on stderr and the command goes on, because the audit log, not the journal, is its record of duty.
 */
final class JournalSubscription implements AutoCloseable {
    private final Journal journal;

    private JournalSubscription(Journal journal) {
        this.journal = journal;
    }

    static JournalSubscription tryOpen(CommandSpec spec, EventBus events) {
        try {
            Journal journal = JournalAccess.open(spec);
            JournalFeed.subscribe(events, journal, ZoneId.systemDefault());
            return new JournalSubscription(journal);
        } catch (UserFacingException e) {
            spec.commandLine().getErr().println("firebreak: not journaled: " + e.getMessage());
            return new JournalSubscription(null);
        }
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
