package dev.firebreak.sql;

import dev.firebreak.sql.rules.Reporter;
import dev.firebreak.sql.rules.Rule;
import dev.firebreak.sql.rules.Suppressions;
import dev.firebreak.sql.statement.Statement;
import java.util.List;

/** Turns one file's rule hits into {@link Finding}s: configured severity, rules that are off dropped, suppressions applied. */
final class FindingCollector implements Reporter {
    private final String file;
    private final RuleSettings settings;
    private final Suppressions suppressions;
    private final List<Finding> out;

    FindingCollector(String file, RuleSettings settings, Suppressions suppressions, List<Finding> out) {
        this.file = file;
        this.settings = settings;
        this.suppressions = suppressions;
        this.out = out;
    }

    @Override
    public void report(Rule rule, Statement statement, int line, int column, String message) {
        settings.severity(rule).ifPresent(severity -> add(rule, severity, statement, line, column, message));
    }

    /** Named by the statement's own rule, so that allowing that rule allows the statement, CASCADE and all. */
    @Override
    public void report(Rule rule, Rule cascade, Statement statement, int line, int column, String message) {
        Rule named = settings.severity(rule).isPresent() ? rule : cascade;
        settings.severity(rule, cascade).ifPresent(severity -> add(named, severity, statement, line, column, message));
    }

    private void add(Rule rule, Severity severity, Statement statement, int line, int column, String message) {
        String where = statement.inside() == null ? "" : " (inside " + statement.inside() + ")";
        out.add(new Finding(file, line, column, statement.endLine(), rule.id(), severity, message + where, rule.hint(),
                statement.text(), suppressions.allows(rule, statement.line())));
    }

    /** A finding about the file's text itself (unterminated string, bad directive): never suppressible. */
    void reportText(Rule rule, int line, int column, String message, String excerpt) {
        settings.severity(rule).ifPresent(severity -> out.add(new Finding(file, line, column, line, rule.id(),
                severity, message, rule.hint(), excerpt, false)));
    }
}
