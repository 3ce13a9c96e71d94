package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;
import dev.firebreak.sql.lex.TokenType;

/** Reads one statement's tokens left to right: keywords, names, parenthesised groups. */
final class Cursor {
    final TokenList tokens;
    final int to;
    int pos;

    Cursor(TokenList tokens, int from, int to) {
        this.tokens = tokens;
        this.pos = from;
        this.to = to;
    }

    boolean atEnd() {
        return pos >= to;
    }

    boolean peek(String keyword) {
        return pos < to && tokens.is(pos, keyword);
    }

    boolean accept(String keyword) {
        if (peek(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the whole keyword sequence, or nothing. */
    boolean accept(String first, String second) {
        if (peek(first) && pos + 1 < to && tokens.is(pos + 1, second)) {
            pos += 2;
            return true;
        }
        return false;
    }

    boolean acceptType(TokenType type) {
        if (pos < to && tokens.isType(pos, type)) {
            pos++;
            return true;
        }
        return false;
    }

    /** A possibly qualified name ({@code db.schema.table} keeps the last two parts), or null. */
    ObjectName name() {
        String first = identifier();
        if (first == null) {
            return null;
        }
        String schema = null;
        String name = first;
        while (pos + 1 < to && tokens.isType(pos, TokenType.DOT)) {
            pos++;
            String part = identifier();
            if (part == null) {
                break;
            }
            schema = name;
            name = part;
        }
        return new ObjectName(schema, name);
    }

    /**
     * The object a destructive statement acts on: a name, or else the raw text up to the next space or comma
     * (a name interpolated by Ruby, Python or JavaScript), so that such a statement is still reported.
     */
    ObjectName target() {
        ObjectName name = name();
        if (name != null) {
            return name;
        }
        int start = pos;
        while (pos < to && !tokens.isType(pos, TokenType.COMMA) && (pos == start || tokens.end(pos - 1) == tokens.start(pos))) {
            pos++;
        }
        return ObjectName.computed(pos == start ? "" : new String(tokens.source(), tokens.start(start), tokens.end(pos - 1) - tokens.start(start)));
    }

    /** One identifier, folded or unquoted, or null (the cursor stays put). */
    String identifier() {
        if (pos >= to) {
            return null;
        }
        TokenType type = tokens.type(pos);
        if (type == TokenType.WORD) {
            return tokens.text(pos++).toLowerCase(java.util.Locale.ROOT);
        }
        if (type == TokenType.QUOTED_IDENT) {
            String text = tokens.text(pos++);
            int open = text.indexOf('"');
            int close = text.length() > open + 1 && text.endsWith("\"") ? text.length() - 1 : text.length();
            return text.substring(open + 1, close).replace("\"\"", "\"");
        }
        return null;
    }

    /** Skips one balanced parenthesised group if the cursor is on its opening parenthesis. */
    void skipParens() {
        if (!tokens.isType(pos, TokenType.LPAREN) || pos >= to) {
            return;
        }
        int depth = 0;
        do {
            if (tokens.isType(pos, TokenType.LPAREN)) {
                depth++;
            } else if (tokens.isType(pos, TokenType.RPAREN)) {
                depth--;
            }
            pos++;
        } while (pos < to && depth > 0);
    }

    /** Index of the first top-level (outside parentheses) occurrence of {@code keyword} at or after the cursor, or -1. */
    int findTopLevel(String keyword) {
        int depth = 0;
        for (int i = pos; i < to; i++) {
            TokenType type = tokens.type(i);
            if (type == TokenType.LPAREN) {
                depth++;
            } else if (type == TokenType.RPAREN) {
                depth--;
            } else if (depth == 0 && tokens.is(i, keyword)) {
                return i;
            }
        }
        return -1;
    }

}
