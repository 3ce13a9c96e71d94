package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;
import dev.firebreak.sql.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that run inside another one: the data-modifying parts of a WITH (at any depth), the query of
 * {@code COPY (…) TO}, the statement of {@code EXPLAIN ANALYZE} (ANALYZE executes it; plain EXPLAIN does not) and
 * the WITH of a {@code CREATE TABLE … AS} query. Each is reported at its own position.
 */
final class InnerStatements {
    /** @param inside the enclosing statement, as a message names it */
    record Inner(TokenRange range, String inside) {
    }

    private InnerStatements() {
    }

    static List<Inner> of(TokenList tokens, TokenRange range) {
        List<Inner> inner = new ArrayList<>(0);
        int first = range.from();
        if (tokens.is(first, "with")) {
            ctes(tokens, range, inner);
        } else if (tokens.is(first, "copy") && tokens.isType(first + 1, TokenType.LPAREN)) {
            body(tokens, new TokenRange(first + 2, closing(tokens, first + 1, range.to())), "COPY", inner);
        } else if (tokens.is(first, "explain")) {
            int statement = analyzedStatement(tokens, range);
            if (statement >= 0) {
                body(tokens, new TokenRange(statement, range.to()), "EXPLAIN ANALYZE", inner);
            }
        } else if (tokens.is(first, "create") || tokens.is(first, "select")) {
            // CREATE TABLE … AS WITH …: the WITH is the query's; SELECT … INTO starts with its WITH, if any (above)
            int as = topLevel(tokens, range, "as");
            if (as >= 0 && tokens.is(as + 1, "with")) {
                ctes(tokens, new TokenRange(as + 1, range.to()), inner);
            }
        }
        return inner;
    }

    private static void body(TokenList tokens, TokenRange body, String inside, List<Inner> inner) {
        if (body.to() > body.from()) {
            inner.add(new Inner(body, inside));
            if (tokens.is(body.from(), "with")) {
                ctes(tokens, body, inner);
            }
        }
    }

    /** Every {@code (DELETE …)}, {@code (UPDATE …)} and {@code (WITH … DELETE …)} group in the range, at any depth. */
    private static void ctes(TokenList tokens, TokenRange range, List<Inner> inner) {
        for (int i = range.from(); i + 1 < range.to(); i++) {
            if (tokens.isType(i, TokenType.LPAREN)
                    && (tokens.is(i + 1, "delete") || tokens.is(i + 1, "update") || tokens.is(i + 1, "with"))) {
                inner.add(new Inner(new TokenRange(i + 1, closing(tokens, i, range.to())), "WITH"));
            }
        }
    }

    /**
     * Where the statement of an {@code EXPLAIN} that executes it begins, or -1: {@code EXPLAIN ANALYZE [VERBOSE] …}
     * or {@code EXPLAIN (ANALYZE [true|on|1], …) …}; {@code (ANALYZE false)} and plain EXPLAIN only plan it.
     */
    private static int analyzedStatement(TokenList tokens, TokenRange range) {
        int i = range.from() + 1;
        if (tokens.isType(i, TokenType.LPAREN)) {
            int close = closing(tokens, i, range.to());
            boolean analyze = false;
            for (int k = i + 1; k < close; k++) {
                boolean optionStart = tokens.isType(k - 1, TokenType.LPAREN) || tokens.isType(k - 1, TokenType.COMMA);
                if (optionStart && (tokens.is(k, "analyze") || tokens.is(k, "analyse"))) {
                    analyze = !(tokens.is(k + 1, "false") || tokens.is(k + 1, "off")
                            || (tokens.isType(k + 1, TokenType.NUMBER) && tokens.text(k + 1).equals("0")));
                }
            }
            return analyze ? close + 1 : -1;
        }
        if (!(tokens.is(i, "analyze") || tokens.is(i, "analyse"))) {
            return -1;
        }
        i++;
        return tokens.is(i, "verbose") ? i + 1 : i;
    }

    /** The index of the parenthesis closing the one at {@code open}, or {@code to}. */
    private static int closing(TokenList tokens, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (tokens.isType(i, TokenType.LPAREN)) {
                depth++;
            } else if (tokens.isType(i, TokenType.RPAREN) && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    private static int topLevel(TokenList tokens, TokenRange range, String keyword) {
        int depth = 0;
        for (int i = range.from(); i < range.to(); i++) {
            if (tokens.isType(i, TokenType.LPAREN)) {
                depth++;
            } else if (tokens.isType(i, TokenType.RPAREN)) {
                depth--;
            } else if (depth == 0 && tokens.is(i, keyword)) {
                return i;
            }
        }
        return -1;
    }
}
