package dev.firebreak.cli;

import dev.firebreak.timeline.Capture;
import dev.firebreak.timeline.CaptureParser;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.TimeText;
import dev.firebreak.timeline.Reference;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firebreak log "TEXT"}: one journal entry, now or at a time typed the way people say it. Prints its id. */
@Command(name = "log", description = {"Appends an entry to the open incident (else the Operations log) and prints its id.",
        "A leading time in TEXT works too: firebreak log \"2:03 realized the push went to main\"."})
final class LogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "what happened (Markdown)")
    String text;

    @Option(names = "--at", paramLabel = "HH:MM", description = "when it happened (or a span HH:MM-HH:MM): today, else yesterday")
    String at;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "note",
            description = "detection, action, communication, decision, finding, milestone, note, system (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--incident", paramLabel = "ID", description = "the incident (default: the open one)")
    Long incident;

    @Option(names = "--ref", paramLabel = "REF", description = "what it refers to: commit:SHA, backup:ID or url:ADDRESS (repeatable)")
    List<String> references = List.of();

    @Override
    public Integer call() {
        EntryKind entryKind = EntryKind.parse(kind);
        List<Reference> refs = references.stream().map(Reference::parse).toList();
        try (Journal journal = JournalAccess.open(spec)) {
            CaptureParser parser = new CaptureParser(journal.clock(), ZoneId.systemDefault());
            Capture capture = at == null ? parser.parse(text) : parser.parseAt(at, text);
            long target = incident == null ? journal.target().id() : journal.incident(incident).id();
            Entry entry = journal.append(capture.toEntry(target, entryKind, EntrySource.CLI).referring(refs));
            spec.commandLine().getOut().println(entry.id());
            spec.commandLine().getErr().println("Logged to incident " + target + " at " + TimeText.when(entry));
        }
        return Cli.OK;
    }
}
