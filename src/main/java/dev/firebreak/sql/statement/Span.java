package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;

/** The lines a statement occupies; suppression comments attach to spans. */
public record Span(int line, int endLine) {
    public boolean covers(int someLine) {
        return someLine >= line && someLine <= endLine;
    }

    static Span of(TokenList tokens, TokenRange range) {
        return new Span(tokens.line(range.from()), endLine(tokens, range.to() - 1));
    }

    /** The line a token ends on: strings and dollar quotes may span lines. */
    static int endLine(TokenList tokens, int token) {
        char[] source = tokens.source();
        int line = tokens.line(token);
        for (int i = tokens.start(token); i < tokens.end(token); i++) {
            if (source[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
