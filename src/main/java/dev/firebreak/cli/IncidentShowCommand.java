package dev.firebreak.cli;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.timeline.export.IncidentJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firebreak incident show ID}: the incident, its key times and its timeline as it reads now. */
@Command(name = "show", description = "Shows an incident's key times and timeline (current text; --history adds corrections).")
final class IncidentShowCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--format", paramLabel = "text|json", description = "output format: ${COMPLETION-CANDIDATES}")
    Format format = Format.text;

    @Option(names = "--history", description = "also show the earlier versions of corrected entries")
    boolean history;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Journal journal = JournalAccess.open(spec)) {
            Incident incident = journal.incident(id);
            if (format == Format.json) {
                out.println(IncidentJson.render(incident, journal.audited(id)));
            } else {
                print(incident, Timeline.rows(journal.entries(id)), out);
            }
        }
        out.flush();
        return Cli.OK;
    }

    private void print(Incident incident, List<TimelineRow> rows, PrintWriter out) {
        out.printf("Incident %d: %s%n%s, %s, opened %s%n", incident.id(), incident.title(), incident.severity(),
                incident.status().label(), TimeText.dateTime(incident.openedAt()));
        KeyTimes times = KeyTimes.of(rows);
        for (Milestone milestone : Milestone.values()) {
            times.at(milestone).ifPresent(at -> out.printf("  %-15s %s%n", milestone.title(), TimeText.dateTime(at)));
        }
        out.println();
        for (TimelineRow row : rows) {
            Entry entry = row.current();
            String marks = (row.struck() ? " [struck]" : "") + (row.amended() ? " [amended]" : "") + (entry.pinned() ? " [pinned]" : "")
                    + entry.references().stream().map(reference -> " [" + reference + "]").collect(Collectors.joining());
            out.printf("%s  #%d %-13s %s%s  (%s)%n", TimeText.when(entry), entry.id(), entry.kind().label(), entry.text(), marks, entry.author());
            if (history && row.amended()) {
                row.history().subList(0, row.history().size() - 1).forEach(old -> out.printf("      was #%d: %s  %s%n",
                        old.id(), TimeText.when(old), old.text()));
            }
        }
    }
}
