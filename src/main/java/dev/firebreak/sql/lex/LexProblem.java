package dev.firebreak.sql.lex;

/** Input the lexer could not close (string, comment, quoted identifier, dollar quote), where it opened. */
public record LexProblem(String message, int line, int column) {
}
