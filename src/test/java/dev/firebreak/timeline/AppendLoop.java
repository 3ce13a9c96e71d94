package dev.firebreak.timeline;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A separate process for {@link KillNineTest}: appends entries to incident {@code args[1]} of the journal at
 * {@code args[0]} until killed, printing each entry's id only after its append returned.
 */
public final class AppendLoop {
    private AppendLoop() {
    }

    public static void main(String[] args) {
        long incident = Long.parseLong(args[1]);
        String writer = args[2];
        try (Journal journal = Journal.open(args[0], Clock.systemUTC(), writer)) {
            for (int i = 1; ; i++) {
                Entry entry = journal.append(NewEntry.of(incident, OffsetDateTime.now(Clock.systemUTC()), EntryKind.NOTE,
                        writer + " " + i, EntrySource.CLI));
                System.out.println(entry.id());
                System.out.flush();
            }
        }
    }
}
