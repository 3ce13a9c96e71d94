package dev.firebreak.sql.lex;

/**
 * A single-pass PostgreSQL lexer over a character array. It never throws: input it cannot close becomes a
 * {@link LexProblem} and the token runs to the end of the input. It can lex a slice of a larger file (a DO body,
 * SQL inside a Rails {@code execute}) and still report the slice's real lines and columns.
 */
public final class Lexer {
    private static final String DIRECTIVE = "firebreak:";

    private final char[] s;
    private final int end;
    private final boolean inHostString;
    private final TokenList out;
    private int pos;
    private int line;
    /** Offset that column 1 of the current line would have; columns are {@code pos - lineStart + 1}. */
    private int lineStart;

    private Lexer(char[] s, int start, int end, int line, int column, boolean inHostString) {
        this.s = s;
        this.end = end;
        this.inHostString = inHostString;
        this.pos = start;
        this.line = line;
        this.lineStart = start - (column - 1);
        this.out = new TokenList(s, (end - start) / 5); // migrations average 5-6 characters a token: rarely a copy
    }

    public static TokenList lex(String sql) {
        char[] chars = sql.toCharArray();
        return lex(chars, 0, chars.length, 1, 1, false);
    }

    /**
     * Lexes {@code s[start, end)}, where {@code s[start]} sits at {@code line}:{@code column} of its file.
     *
     * @param inHostString the text is the body of a Ruby, Python or JavaScript string: a backslash there is the host
     *                     language's escape ({@code \"}, {@code \n}), skipped, not a psql meta-command
     */
    public static TokenList lex(char[] s, int start, int end, int line, int column, boolean inHostString) {
        Lexer lexer = new Lexer(s, start, end, line, column, inHostString);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        while (pos < end) {
            char c = s[pos];
            switch (c) {
                case ' ', '\t', '\r', '\f' -> pos++;
                case '\n' -> newline(pos + 1);
                case ';' -> single(TokenType.SEMICOLON);
                case '(' -> single(TokenType.LPAREN);
                case ')' -> single(TokenType.RPAREN);
                case ',' -> single(TokenType.COMMA);
                case '.' -> single(TokenType.DOT);
                case '\'' -> quoted(pos, pos, '\'', false, TokenType.STRING, "string literal");
                case '"' -> quoted(pos, pos, '"', false, TokenType.QUOTED_IDENT, "quoted identifier");
                case '$' -> dollar();
                case '\\' -> backslash();
                case '-' -> {
                    if (next() == '-') {
                        lineComment();
                    } else {
                        single(TokenType.OPERATOR);
                    }
                }
                case '/' -> {
                    if (next() == '*') {
                        blockComment();
                    } else {
                        single(TokenType.OPERATOR);
                    }
                }
                default -> {
                    if (identStart(c)) {
                        word();
                    } else if (c >= '0' && c <= '9') {
                        number();
                    } else {
                        single(TokenType.OPERATOR);
                    }
                }
            }
        }
    }

    private char next() {
        return pos + 1 < end ? s[pos + 1] : '\0';
    }

    private void newline(int after) {
        line++;
        lineStart = after;
        pos = after;
    }

    private int column(int offset) {
        return offset - lineStart + 1;
    }

    private void single(TokenType type) {
        out.add(type, pos, pos + 1, line, column(pos));
        pos++;
    }

    private void word() {
        int start = pos;
        char c = s[pos];
        char n = next();
        if (n == '\'') {
            char lower = (char) (c | 0x20);
            if (lower == 'e') { // E'…' understands backslash escapes
                quoted(start, pos + 1, '\'', true, TokenType.STRING, "string literal");
                return;
            }
            if (lower == 'b' || lower == 'x' || lower == 'n') {
                quoted(start, pos + 1, '\'', false, TokenType.STRING, "string literal");
                return;
            }
        }
        if ((c | 0x20) == 'u' && n == '&' && pos + 2 < end && (s[pos + 2] == '\'' || s[pos + 2] == '"')) {
            char quote = s[pos + 2];
            quoted(start, pos + 2, quote, false, quote == '"' ? TokenType.QUOTED_IDENT : TokenType.STRING,
                    quote == '"' ? "quoted identifier" : "string literal");
            return;
        }
        pos++;
        while (pos < end && identPart(s[pos])) {
            pos++;
        }
        out.add(TokenType.WORD, start, pos, line, column(start));
    }

    private void number() {
        int start = pos;
        pos++;
        while (pos < end) {
            char c = s[pos];
            if ((c >= '0' && c <= '9') || c == '.' || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                pos++;
            } else if ((c == '+' || c == '-') && (s[pos - 1] | 0x20) == 'e') {
                pos++;
            } else {
                break;
            }
        }
        out.add(TokenType.NUMBER, start, pos, line, column(start));
    }

    /**
     * A quoted run: the closing quote doubled is an escaped quote; with backslash escapes, a backslash escapes
     * the next character. {@code tokenStart} includes any prefix such as {@code E} or {@code U&}.
     */
    private void quoted(int tokenStart, int quoteAt, char quote, boolean backslashEscapes, TokenType type, String what) {
        int startLine = line;
        int startColumn = column(tokenStart);
        pos = quoteAt + 1;
        while (pos < end) {
            char c = s[pos];
            if (c == quote) {
                if (pos + 1 < end && s[pos + 1] == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                out.add(type, tokenStart, pos, startLine, startColumn);
                return;
            }
            if (c == '\\' && backslashEscapes && pos + 1 < end) {
                pos++;
                c = s[pos];
            }
            if (c == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
        unterminated(type, tokenStart, startLine, startColumn, what);
    }

    private void dollar() {
        int start = pos;
        char n = next();
        if (n >= '0' && n <= '9') {
            pos++;
            while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
                pos++;
            }
            out.add(TokenType.PARAM, start, pos, line, column(start));
            return;
        }
        int tagEnd = pos + 1;
        if (tagEnd < end && identStart(s[tagEnd])) {
            tagEnd++;
            while (tagEnd < end && identPart(s[tagEnd]) && s[tagEnd] != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= end || s[tagEnd] != '$') {
            single(TokenType.OPERATOR);
            return;
        }
        int tagLength = tagEnd + 1 - start;
        int startLine = line;
        int startColumn = column(start);
        pos = tagEnd + 1;
        while (pos < end) {
            char c = s[pos];
            if (c == '$' && closesTag(start, tagLength)) {
                pos += tagLength;
                out.add(TokenType.DOLLAR_STRING, start, pos, startLine, startColumn);
                return;
            }
            if (c == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
        unterminated(TokenType.DOLLAR_STRING, start, startLine, startColumn, "dollar-quoted string");
    }

    private boolean closesTag(int tagStart, int tagLength) {
        if (pos + tagLength > end) {
            return false;
        }
        for (int k = 1; k < tagLength; k++) {
            if (s[pos + k] != s[tagStart + k]) {
                return false;
            }
        }
        return true;
    }

    private void lineComment() {
        int start = pos;
        int startColumn = column(start);
        while (pos < end && s[pos] != '\n') {
            pos++;
        }
        comment(start, pos, line, startColumn);
    }

    /** PostgreSQL block comments nest. */
    private void blockComment() {
        int start = pos;
        int startLine = line;
        int startColumn = column(start);
        int depth = 0;
        while (pos < end) {
            char c = s[pos];
            if (c == '/' && next() == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && next() == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    comment(start, pos, startLine, startColumn);
                    return;
                }
            } else if (c == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
        out.problems.add(new LexProblem("unterminated block comment", startLine, startColumn));
        comment(start, pos, startLine, startColumn);
    }

    /** Keeps only comments that can carry a directive: the others are dropped without allocating. */
    private void comment(int start, int stop, int commentLine, int commentColumn) {
        int last = stop - DIRECTIVE.length();
        for (int i = start; i <= last; i++) {
            if (s[i] == 'f' && startsWith(i, DIRECTIVE)) {
                out.comments.add(new Comment(new String(s, start, stop - start), commentLine, commentColumn));
                return;
            }
        }
    }

    private boolean startsWith(int at, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (s[at + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A psql meta-command ({@code \set}, {@code \i}, {@code \gset} …) runs to the end of its line and ends the query
     * before it, like a semicolon ({@code SELECT … \gset} has none); inside a host-language string, an escape.
     */
    private void backslash() {
        if (inHostString) {
            pos = Math.min(end, pos + 2);
            return;
        }
        int start = pos;
        out.add(TokenType.SEMICOLON, pos, pos + 1, line, column(pos));
        while (pos < end && s[pos] != '\n') {
            pos++;
        }
        ErrorStop.parse(s, start, pos).ifPresent(out.errorStops::add);
    }

    private void unterminated(TokenType type, int tokenStart, int startLine, int startColumn, String what) {
        out.problems.add(new LexProblem("unterminated " + what, startLine, startColumn));
        out.add(type, tokenStart, end, startLine, startColumn);
        pos = end;
    }

    private static boolean identStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean identPart(char c) {
        return identStart(c) || (c >= '0' && c <= '9') || c == '$';
    }
}
