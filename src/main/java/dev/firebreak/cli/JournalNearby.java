package dev.firebreak.cli;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The journal's entries within minutes of a moment, as amended and not struck: what was going on (the deploy, a push
 * let through over a block) when a transaction destroyed data. A machine without a journal has none; none is created.
 */
final class JournalNearby {
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final List<Entry> entries;

    private JournalNearby(List<Entry> entries) {
        this.entries = entries;
    }

    /** Every incident's current entries; none when there is no journal or it cannot be opened (a warning says why). */
    static JournalNearby read(FirebreakHome home, java.util.function.Consumer<String> warn) {
        Settings settings = new SettingsStore(home).load();
        boolean shared = settings.journalUrl != null && !settings.journalUrl.isBlank();
        if (!shared && !Files.exists(home.journal())) {
            return new JournalNearby(List.of());
        }
        try (Journal journal = Journal.open(home, settings, Clock.systemUTC())) {
            return new JournalNearby(Timeline.rows(journal.entries()).stream().filter(row -> !row.struck())
                    .map(TimelineRow::current).toList());
        } catch (RuntimeException e) { // the list of transactions matters more than the entries next to it

            warn.accept("The incident journal could not be read (" + e.getMessage() + "): no entries are shown next to "
                    + "the transactions.");
            return new JournalNearby(List.of());
        }
    }

    /** The entries that happened within {@link #WINDOW} of {@code moment}, in the order they happened. */
    List<Entry> around(Instant moment) {
        return entries.stream().filter(entry -> {
            Instant at = entry.occurredAt().toInstant();
            return !at.isBefore(moment.minus(WINDOW)) && !at.isAfter(moment.plus(WINDOW));
        }).toList();
    }
}
