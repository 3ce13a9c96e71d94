package dev.firebreak.sql.format;

import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.Finding;
import dev.firebreak.sql.Severity;
import dev.firebreak.sql.rules.Rule;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule described, suppressions in source. */
public final class SarifFormat {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final List<Rule> RULES = Arrays.asList(Rule.values());

    private SarifFormat() {
    }

    public static void write(AnalysisReport report, String toolVersion, PrintWriter out) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "firebreak");
        driver.put("version", toolVersion);
        driver.put("rules", RULES.stream().map(SarifFormat::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", report.findings().stream().map(SarifFormat::result).toList());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", SCHEMA);
        document.put("version", "2.1.0");
        document.put("runs", List.of(run));
        JsonFormat.print(document, out);
    }

    private static Map<String, Object> rule(Rule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", rule.id());
        json.put("shortDescription", Map.of("text", rule.description()));
        json.put("help", Map.of("text", "Instead: " + rule.hint()));
        json.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
        return json;
    }

    private static Map<String, Object> result(Finding f) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", f.line());
        region.put("startColumn", f.column());
        region.put("endLine", f.endLine());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ruleId", f.rule());
        Rule.byId(f.rule()).ifPresent(rule -> json.put("ruleIndex", RULES.indexOf(rule)));
        json.put("level", level(f.severity()));
        json.put("message", Map.of("text", f.message() + ". Instead: " + f.hint()));
        json.put("locations", List.of(Map.of("physicalLocation", Map.of(
                "artifactLocation", Map.of("uri", uri(f.file())), "region", region))));
        if (f.suppressed()) {
            json.put("suppressions", List.of(Map.of("kind", "inSource")));
        }
        return json;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Relative paths stay relative (GitHub resolves them against the checkout), with {@code /} and escaping. */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        try {
            return slashed.startsWith("/") ? new URI("file", "", slashed, null).toString()
                    : new URI(null, null, slashed, null).toString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
