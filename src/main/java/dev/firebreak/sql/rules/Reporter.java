package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.Statement;

/** Where checks send findings; the analyzer applies severities and suppressions. */
public interface Reporter {
    void report(Rule rule, Statement statement, int line, int column, String message);

    default void report(Rule rule, Statement statement, String message) {
        report(rule, statement, statement.line(), statement.column(), message);
    }

    /**
     * The one finding of a destructive statement written with CASCADE, whose message already says what CASCADE
     * takes: {@code rule}'s finding at the more severe of the two rules' severities, or {@code cascade}'s own finding
     * when {@code rule} is off.
     */
    void report(Rule rule, Rule cascade, Statement statement, int line, int column, String message);

    default void report(Rule rule, Rule cascade, Statement statement, String message) {
        report(rule, cascade, statement, statement.line(), statement.column(), message);
    }
}
