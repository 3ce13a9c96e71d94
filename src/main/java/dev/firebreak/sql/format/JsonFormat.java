package dev.firebreak.sql.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code {"findings":[…],"files":N,"statements":N}}, suppressed findings included with {@code "suppressed": true}. */
public final class JsonFormat {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {
    }

    public static void write(AnalysisReport report, PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("findings", report.findings().stream().map(JsonFormat::finding).toList());
        document.put("files", report.files());
        document.put("statements", report.statements());
        print(document, out);
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", f.file());
        json.put("line", f.line());
        json.put("column", f.column());
        json.put("endLine", f.endLine());
        json.put("rule", f.rule());
        json.put("severity", f.severity().label());
        json.put("message", f.message());
        json.put("hint", f.hint());
        json.put("statement", f.statement());
        json.put("suppressed", f.suppressed());
        return json;
    }

    static void print(Object document, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
