package dev.firebreak.cli;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.export.IncidentJson;
import dev.firebreak.timeline.export.PostmortemHtml;
import dev.firebreak.timeline.export.PostmortemMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public Integer call() {
        String document;
        try (Journal journal = JournalAccess.open(spec)) {
            Incident incident = journal.incident(id);
            document = switch (format) {
                case md -> PostmortemMarkdown.render(incident, journal.entries(id));
                case html -> PostmortemHtml.render(incident, journal.entries(id));
                case json -> IncidentJson.render(incident, journal.audited(id));
            };
        }
        if (output == null) {
            spec.commandLine().getOut().print(document);
            spec.commandLine().getOut().flush();
        } else {
            write(document);
        }
        return Cli.OK;
    }

    private void write(String document) {
        try {
            Files.writeString(output, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + output);
    }
}
