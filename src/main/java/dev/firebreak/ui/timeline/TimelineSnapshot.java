package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tab shows, read in one go off the UI thread: the incidents, the chosen one, its entries and rows. Read
 * again for the same incident, only the entries appended since are read: the journal is append-only, and showing
 * the tab or logging a line must not read an incident of 100,000 entries afresh.
 */
record TimelineSnapshot(List<Incident> incidents, Incident selected, List<Entry> entries, List<TimelineRow> rows,
                        String headline, IncidentUnderway underway, Incident open, KeyTimes openTimes) {
    /** {@code previous}: the last snapshot read (whichever incident), continued when it is of the same one; or null. */
    static TimelineSnapshot read(Journal journal, Long wanted, TimelineSnapshot previous) {
        List<Incident> incidents = journal.incidents();
        Optional<Incident> open = journal.openIncident();
        Optional<Incident> chosen = incidents.stream().filter(incident -> wanted != null && incident.id() == wanted).findFirst()
                .or(() -> open)
                .or(() -> incidents.isEmpty() ? Optional.empty() : Optional.of(incidents.get(incidents.size() - 1)));
        if (chosen.isEmpty()) {
            return new TimelineSnapshot(incidents, null, List.of(), List.of(), "No incidents yet. Open one above; until then entries go to the Operations log.", null,
                    null, KeyTimes.of(List.of()));
        }
        boolean sameIncident = previous != null && previous.selected() != null && previous.selected().id() == chosen.get().id();
        List<Entry> added = sameIncident ? journal.entriesAfter(chosen.get().id(), lastId(previous.entries()))
                : journal.entries(chosen.get().id());
        List<Entry> entries = sameIncident ? concat(previous.entries(), added) : added;
        // unchanged: the very same rows, which the table then keeps as they are (scrolled, selected)
        List<TimelineRow> rows = sameIncident && added.isEmpty() ? previous.rows() : Timeline.rows(entries);
        KeyTimes times = KeyTimes.of(rows);
        IncidentUnderway underway = null;
        KeyTimes openTimes = KeyTimes.of(List.of());
        if (open.isPresent()) {
            // the open incident while another one is being looked at: read a second time only then
            List<Entry> openEntries = open.get().id() == chosen.get().id() ? entries : journal.entries(open.get().id());
            openTimes = openEntries == entries ? times : KeyTimes.of(Timeline.rows(openEntries));
            underway = IncidentUnderway.of(open.get(), openEntries, openTimes);
        }
        return new TimelineSnapshot(incidents, chosen.get(), entries, rows, headline(chosen.get(), times), underway,
                open.orElse(null), openTimes);
    }

    private static long lastId(List<Entry> entries) {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
    }

    private static List<Entry> concat(List<Entry> read, List<Entry> added) {
        if (added.isEmpty()) {
            return read;
        }
        List<Entry> all = new ArrayList<>(read.size() + added.size());
        all.addAll(read);
        all.addAll(added);
        return all;
    }

    /** "Incident 3 · SEV1 · investigating · Detected 02:03 +01:00": the plain statement read first. */
    private static String headline(Incident incident, KeyTimes times) {
        StringBuilder text = new StringBuilder(incident.operationsLog() ? incident.title()
                : "Incident " + incident.id() + " · " + incident.severity() + " · " + incident.status().label());
        for (Milestone milestone : Milestone.values()) {
            times.at(milestone).ifPresent(at -> text.append(" · ").append(milestone.title()).append(' ').append(TimeText.dateTime(at)));
        }
        return text.toString();
    }
}
