package dev.firebreak.sql;

/**
 * One rule firing on one statement. Positions are 1-based; {@code file} is the path as given.
 *
 * @param statement  the statement's first 200 characters, whitespace collapsed
 * @param suppressed true when a {@code firebreak:allow} comment with a reason covers it: kept for the audit trail
 */
public record Finding(String file, int line, int column, int endLine, String rule, Severity severity,
                      String message, String hint, String statement, boolean suppressed) {
    /** True for a finding that must stop a push: an error nobody allowed. */
    public boolean blocking() {
        return severity == Severity.ERROR && !suppressed;
    }
}
