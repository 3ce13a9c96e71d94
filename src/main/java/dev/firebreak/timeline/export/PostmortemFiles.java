package dev.firebreak.timeline.export;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.AuditedEntries;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import java.io.IOException;
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
        try {
            String markdown = PostmortemMarkdown.render(incident, entries);
            Files.writeString(md, markdown, StandardCharsets.UTF_8);
            Files.writeString(html, PostmortemHtml.fromMarkdown(incident, markdown), StandardCharsets.UTF_8);
            Files.writeString(json, IncidentJson.render(incident, audited), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the postmortem to " + directory + ": " + e.getMessage(), e);
        }
        return List.of(md, html, json);
    }
}
