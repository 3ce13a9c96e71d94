package dev.firebreak.sql.lex;

/** A comment that may carry a {@code firebreak:allow} directive, with where it starts. */
public record Comment(String text, int line, int column) {
}
