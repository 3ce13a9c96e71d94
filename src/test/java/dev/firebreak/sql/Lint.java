package dev.firebreak.sql;

import java.util.List;

/** Test shorthand: analyse text as one file and describe the findings as {@code rule@line:column}. */
final class Lint {
    private Lint() {
    }

    static AnalysisReport report(String path, String content) {
        return new MigrationAnalyzer(RuleSettings.defaults()).analyze(List.of(new SourceFile(path, content)));
    }

    static List<String> rules(String sql) {
        return rules("m.sql", sql);
    }

    static List<String> rules(String path, String content) {
        return report(path, content).findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList();
    }

    static List<Finding> findings(String sql) {
        return report("m.sql", sql).findings();
    }
}
