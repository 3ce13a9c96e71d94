package dev.firebreak.cli;

import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.Severity;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.export.IncidentJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code firebreak incident}: open, list, show, resolve and export incidents of the journal. */
@Command(name = "incident", description = "Opens, lists, shows, resolves and exports incidents.",
        subcommands = {IncidentShowCommand.class, IncidentExportCommand.class})
final class IncidentCommand extends CommandGroup {
    enum ListFormat { text, json }

    @Command(name = "open", description = "Opens an incident and prints its id; `firebreak log` then writes to it.")
    int open(@Parameters(paramLabel = "TITLE", description = "what is going on, e.g. \"Orders table dropped\"") String title,
             @Option(names = "--severity", paramLabel = "SEV1..SEV4", defaultValue = "SEV2",
                     description = "SEV1 (worst) to SEV4 (default: ${DEFAULT-VALUE})") String severity) {
        Severity parsed = Severity.parse(severity);
        try (Journal journal = JournalAccess.open(spec)) {
            Incident incident = journal.openIncident(title, parsed, EntrySource.CLI);
            spec.commandLine().getOut().println(incident.id());
        }
        return Cli.OK;
    }

    @Command(name = "list", description = "Lists every incident, newest last.")
    int list(@Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "output format: ${COMPLETION-CANDIDATES}") ListFormat format) {
        PrintWriter out = spec.commandLine().getOut();
        try (Journal journal = JournalAccess.open(spec)) {
            List<Incident> incidents = journal.incidents();
            if (format == ListFormat.json) {
                out.println(IncidentJson.list(incidents.stream()
                        .map(incident -> IncidentJson.incident(incident, journal.entries(incident.id()))).toList()));
            } else if (incidents.isEmpty()) {
                out.println("No incidents. Open one with: firebreak incident open \"TITLE\"");
            } else {
                incidents.forEach(incident -> out.printf("%4d  %s  %-13s  %s  %s%n", incident.id(),
                        incident.severity(), incident.operationsLog() ? "log" : incident.status().label(),
                        TimeText.dateTime(incident.openedAt()), incident.title()));
            }
        }
        out.flush();
        return Cli.OK;
    }

    @Command(name = "resolve", description = "Journals \"Resolved\" now and marks the incident resolved.")
    int resolve(@Parameters(paramLabel = "ID") long id) {
        try (Journal journal = JournalAccess.open(spec)) {
            String when = TimeText.when(journal.resolve(id, EntrySource.CLI));
            spec.commandLine().getOut().println("Incident " + id + " resolved at " + when);
        }
        return Cli.OK;
    }
}
