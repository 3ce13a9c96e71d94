package dev.firebreak.deploy;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.NewEntry;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The restore point on the timeline: a decision (someone let destructive migrations run), in the open incident,
 * else the Operations log, where the person restoring at 2 AM looks first.
 */
public final class RestorePointEntry {
    private RestorePointEntry() {
    }

    public static Entry append(Journal journal, RestorePoint point, ZoneId zone) {
        long incident = journal.target().id();
        return journal.append(NewEntry.of(incident, OffsetDateTime.ofInstant(point.at(), zone), EntryKind.DECISION,
                point.summary(), EntrySource.DEPLOY));
    }
}
