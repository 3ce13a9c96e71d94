package dev.firebreak.timeline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.timeline.CanonicalForm;
import dev.firebreak.timeline.ChainVerification;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Timeline;
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

    public static String render(Incident incident, List<Entry> entries, ChainVerification chain) {
        ObjectNode root = JSON.createObjectNode();
        root.set("incident", incident(incident, entries));
        ArrayNode array = root.putArray("entries");
        entries.forEach(entry -> array.add(CanonicalForm.json(entry).put("hash", entry.hash())));
        ObjectNode head = root.putObject("chain");
        head.put("entries", chain.entries());
        head.put("intact", chain.intact());
        head.put("head", chain.intact() ? chain.head() : null);
        head.put("first_broken", chain.firstBroken().orElse(null));
        return root.toPrettyString();
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
