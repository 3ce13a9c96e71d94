package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.Statement;

/** Where checks send findings; the analyzer applies severities and suppressions. */
public interface Reporter {
    void report(Rule rule, Statement statement, int line, int column, String message);

    default void report(Rule rule, Statement statement, String message) {
        report(rule, statement, statement.line(), statement.column(), message);
    }
}
