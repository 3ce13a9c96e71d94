package dev.firebreak.sql.lex;

/** One token as a value, for tests and diagnostics; the analyzer itself reads {@link TokenList}'s arrays. */
public record Token(TokenType type, String text, int line, int column) {
}
