package dev.firebreak.timeline.export;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.AuditedEntries;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an incident's three exports side by side: {@code incident-N-postmortem.md}, {@code .html} and {@code .json}. */
public final class PostmortemFiles {
    private PostmortemFiles() {
    }

    public static List<Path> write(Journal journal, long incidentId, Path directory) {
        Incident incident = journal.incident(incidentId);
        AuditedEntries audited = journal.audited(incidentId); // one read: rendered and verified from the same rows
        List<Entry> entries = audited.entries();
        String stem = "incident-" + incidentId + "-postmortem";
        Path md = directory.resolve(stem + ".md");
        Path html = directory.resolve(stem + ".html");
        Path json = directory.resolve(stem + ".json");
        try { // one after the other, each whole before the next appears
            try (Writer out = Files.newBufferedWriter(md, StandardCharsets.UTF_8)) {
                PostmortemMarkdown.write(incident, entries, out);
            }
            try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                PostmortemHtml.write(incident, entries, out);
            }
            try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                IncidentJson.write(incident, audited, out);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the postmortem to " + directory + ": " + e.getMessage(), e);
        }
        return List.of(md, html, json);
    }
}
