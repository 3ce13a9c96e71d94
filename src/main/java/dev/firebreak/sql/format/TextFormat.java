package dev.firebreak.sql.format;

import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.Finding;
import dev.firebreak.sql.Severity;
import java.io.PrintWriter;

/** Compiler-style lines ({@code path:line:col: error[drop-table] …}) that editors and terminals link to. */
public final class TextFormat {
    private TextFormat() {
    }

    public static void write(AnalysisReport report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            out.printf("%s:%d:%d: %s[%s] %s%s%n", finding.file(), finding.line(), finding.column(),
                    finding.severity().label(), finding.rule(), finding.suppressed() ? "(allowed) " : "", finding.message());
            out.printf("    instead: %s%n", finding.hint());
        }
        out.println(summary(report));
        out.flush();
    }

    /** {@code 3 files, 40 statements: 1 error, 2 warnings, 0 info, 1 allowed}. */
    public static String summary(AnalysisReport report) {
        long allowed = report.findings().stream().filter(Finding::suppressed).count();
        return report.files() + plural(" file", report.files()) + ", " + report.statements()
                + plural(" statement", report.statements()) + ": " + count(report, Severity.ERROR, " error") + ", "
                + count(report, Severity.WARNING, " warning") + ", " + unsuppressed(report, Severity.INFO) + " info"
                + (allowed > 0 ? ", " + allowed + " allowed by firebreak:allow" : "");
    }

    private static String count(AnalysisReport report, Severity severity, String noun) {
        long n = unsuppressed(report, severity);
        return n + plural(noun, n);
    }

    private static long unsuppressed(AnalysisReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity && !f.suppressed()).count();
    }

    private static String plural(String noun, long n) {
        return n == 1 ? noun : noun + "s";
    }
}
