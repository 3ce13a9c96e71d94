package dev.firebreak.timeline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.timeline.AuditedEntries;
import dev.firebreak.timeline.CanonicalForm;
import dev.firebreak.timeline.ChainVerification;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Timeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The incident for auditors and tools: its fields, every entry with its canonical members and hash (so each hash
 * can be recomputed as {@link CanonicalForm} documents), and the journal chain's head and state at export time.
 */
public final class IncidentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentJson() {
    }

    /** From one read of the journal: the incident's entries and the chain they were verified in. */
    public static String render(Incident incident, AuditedEntries audited) {
        return render(incident, audited.entries(), audited.chain());
    }

    public static String render(Incident incident, List<Entry> entries, ChainVerification chain) {
        StringWriter text = new StringWriter();
        try {
            write(incident, entries, chain, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return text.toString();
    }

    public static void write(Incident incident, AuditedEntries audited, Writer out) throws IOException {
        write(incident, audited.entries(), audited.chain(), out);
    }

    /** Streamed entry by entry to {@code out}: 100,000 entries never become a tree of JSON nodes, nor one String. */
    public static void write(Incident incident, List<Entry> entries, ChainVerification chain, Writer out) throws IOException {
        try (JsonGenerator json = JSON.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller's writer stays open
            json.writeStartObject();
            json.writeFieldName("incident");
            json.writeTree(incident(incident, entries));
            json.writeArrayFieldStart("entries");
            for (Entry entry : entries) {
                json.writeStartObject();
                CanonicalForm.writeMembers(json, entry);
                json.writeStringField("hash", entry.hash());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("chain");
            json.writeNumberField("entries", chain.entries());
            json.writeBooleanField("intact", chain.intact());
            json.writeStringField("head", chain.intact() ? chain.head() : null);
            if (chain.firstBroken().isPresent()) {
                json.writeNumberField("first_broken", chain.firstBroken().get());
            } else {
                json.writeNullField("first_broken");
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** One incident's fields with its key times; {@code incident list --format json} prints an array of these. */
    public static ObjectNode incident(Incident incident, List<Entry> entries) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", incident.id());
        node.put("title", incident.title());
        node.put("severity", incident.severity().name());
        node.put("status", incident.status().label());
        node.put("opened_at", CanonicalForm.time(incident.openedAt()));
        node.put("commander", incident.commander());
        node.put("operations_log", incident.operationsLog());
        ObjectNode times = node.putObject("key_times");
        KeyTimes keyTimes = KeyTimes.of(Timeline.rows(entries));
        for (Milestone milestone : Milestone.values()) {
            times.put(milestone.name().toLowerCase(Locale.ROOT), keyTimes.at(milestone).map(CanonicalForm::time).orElse(null));
        }
        node.set("postmortem", JSON.valueToTree(incident.postmortem()));
        return node;
    }

    public static String list(List<ObjectNode> incidents) {
        ArrayNode array = JSON.createArrayNode();
        incidents.forEach(array::add);
        return array.toPrettyString();
    }
}
