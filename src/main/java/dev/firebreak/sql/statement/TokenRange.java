package dev.firebreak.sql.statement;

/** Tokens {@code [from, to)} of one statement, without its semicolon. */
public record TokenRange(int from, int to) {
}
