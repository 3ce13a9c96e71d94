package dev.firebreak.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.deploy.Assessment;
import dev.firebreak.deploy.GuardFinding;
import dev.firebreak.deploy.MigrationRange;
import dev.firebreak.deploy.RestorePoint;
import dev.firebreak.deploy.Verdict;
import dev.firebreak.sql.Finding;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code firebreak guard --format json}: verdict, findings with their tables' live rows, backup and restore point. */
final class GuardJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GuardJson() {
    }

    static String render(Assessment assessment, Verdict verdict, String approval, RestorePoint point, Long entryId) {
        MigrationRange range = assessment.range();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", verdict.label());
        root.put("database", assessment.database());
        root.put("commit", range.head());
        root.put("subject", range.headSubject());
        root.put("since", range.since());
        root.put("files", assessment.files());
        root.put("findings", assessment.findings().stream().map(GuardJson::finding).toList());
        root.put("approval", verdict == Verdict.APPROVED ? approval : null);
        root.put("backup", point == null ? null : point.backupId());
        root.put("restorePoint", point == null ? null : restorePoint(point, entryId));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings and numbers always serialize", e);
        }
    }

    private static Map<String, Object> finding(GuardFinding guarded) {
        Finding finding = guarded.finding();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", finding.file());
        map.put("line", finding.line());
        map.put("column", finding.column());
        map.put("rule", finding.rule());
        map.put("severity", finding.severity().label());
        map.put("message", finding.message());
        map.put("destructive", guarded.destructive());
        map.put("suppressed", finding.suppressed());
        map.put("tables", guarded.tables().stream().map(table -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", table.name());
            t.put("kind", table.kind());
            t.put("rows", table.exists() ? table.rows() : null);
            return t;
        }).toList());
        return map;
    }

    private static Map<String, Object> restorePoint(RestorePoint point, Long entryId) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("backupId", point.backupId());
        map.put("walLsn", point.walLsn());
        map.put("commit", point.commit());
        map.put("reason", point.reason());
        map.put("uploaded", point.uploaded());
        map.put("at", point.at().toString());
        map.put("timelineEntry", entryId);
        return map;
    }
}
