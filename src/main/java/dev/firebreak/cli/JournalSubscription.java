package dev.firebreak.cli;

import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The journal listening to a command's events while it runs. Best effort: a journal that cannot be opened is
 * reported on stderr and the command goes on, because the audit log, not the journal, is its record of duty.
 */
final class JournalSubscription implements AutoCloseable {
    private final Journal journal;

    private JournalSubscription(Journal journal) {
        this.journal = journal;
    }

    static JournalSubscription tryOpen(FirebreakHome home, EventBus events, PrintWriter err) {
        try {
            Journal journal = Journal.open(home, new SettingsStore(home).load(), Clock.systemDefaultZone());
            JournalFeed.subscribe(events, journal, ZoneId.systemDefault());
            return new JournalSubscription(journal);
        } catch (UserFacingException e) {
            err.println("firebreak: not journaled: " + e.getMessage());
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
