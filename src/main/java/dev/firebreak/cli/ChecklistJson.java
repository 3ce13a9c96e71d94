package dev.firebreak.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.prepush.Checklist;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code firebreak check --format json}: verdict, updates and checks, for CI and scripts. */
final class ChecklistJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChecklistJson() {
    }

    static String render(Checklist checklist) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", checklist.verdict().name());
        root.put("headline", checklist.headline());
        root.put("updates", checklist.plan().updates().stream().map(u -> ordered(
                "localRef", u.localRef(), "localSha", u.localSha(), "remoteRef", u.remoteRef(),
                "remoteSha", u.remoteSha(), "kind", u.kind().name())).toList());
        root.put("checks", checklist.checks().stream().map(c -> ordered(
                "id", c.id(), "status", c.status().name(), "summary", c.summary(), "details", c.details())).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings always serialize", e);
        }
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1] instanceof List<?> list ? List.copyOf(list) : keyValues[i + 1]);
        }
        return map;
    }
}
