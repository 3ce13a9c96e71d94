package dev.firebreak.cli;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.AuditedEntries;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.export.IncidentJson;
import dev.firebreak.timeline.export.PostmortemHtml;
import dev.firebreak.timeline.export.PostmortemMarkdown;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firebreak incident export ID --format md|html|json [-o FILE]}: the postmortem, or the audit record. */
@Command(name = "export", description = {"Exports the postmortem (Markdown or printable HTML, Google SRE template)",
        "or, as JSON, every entry with its hashes and the journal's chain head for auditors."})
final class IncidentExportCommand implements Callable<Integer> {
    enum Format { md, html, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--format", required = true, paramLabel = "md|html|json", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    /** A document read from the journal, ready to be streamed out as it is rendered. */
    private interface Document {
        void writeTo(Writer out) throws IOException;
    }

    @Override
    public Integer call() {
        Document document;
        try (Journal journal = JournalAccess.open(spec)) {
            document = read(journal, journal.incident(id));
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(document, out);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(document, out);
            } catch (IOException e) {
                throw new UserFacingException("Cannot write " + output + ": " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println("Wrote " + output);
        }
        return Cli.OK;
    }

    private Document read(Journal journal, Incident incident) {
        return switch (format) {
            case md -> {
                List<Entry> entries = journal.entries(id);
                yield out -> PostmortemMarkdown.write(incident, entries, out);
            }
            case html -> {
                List<Entry> entries = journal.entries(id);
                yield out -> PostmortemHtml.write(incident, entries, out);
            }
            case json -> {
                AuditedEntries audited = journal.audited(id);
                yield out -> IncidentJson.write(incident, audited, out);
            }
        };
    }

    /** Streamed as it is rendered: a 100,000-entry postmortem is never held as one String. */
    private void write(Document document, Writer out) {
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + (output == null ? "the export" : output) + ": " + e.getMessage(), e);
        }
    }
}
