package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens on top-level semicolons, as psql does: a semicolon inside parentheses or inside a
 * {@code BEGIN ATOMIC … END} function body does not end the statement. Strings, dollar quotes and comments
 * are already single tokens or gone, so their semicolons never count.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    public static List<TokenRange> split(TokenList tokens) {
        List<TokenRange> statements = new ArrayList<>();
        int from = 0;
        int parens = 0;
        int atomic = 0; // open BEGIN ATOMIC / CASE blocks that an END closes
        for (int i = 0; i < tokens.size(); i++) {
            switch (tokens.type(i)) {
                case LPAREN -> parens++;
                case RPAREN -> parens = Math.max(0, parens - 1);
                case SEMICOLON -> {
                    if (parens == 0 && atomic == 0) {
                        if (i > from) {
                            statements.add(new TokenRange(from, i));
                        }
                        from = i + 1;
                    }
                }
                case WORD -> atomic = atomicDepth(tokens, i, atomic);
                default -> {
                }
            }
        }
        if (tokens.size() > from) {
            statements.add(new TokenRange(from, tokens.size()));
        }
        return statements;
    }

    private static int atomicDepth(TokenList tokens, int i, int atomic) {
        if (tokens.is(i, "atomic") && tokens.is(i - 1, "begin")) {
            return atomic + 1;
        }
        if (atomic > 0 && tokens.is(i, "case")) {
            return atomic + 1;
        }
        if (atomic > 0 && tokens.is(i, "end")) {
            return atomic - 1;
        }
        return atomic;
    }
}
