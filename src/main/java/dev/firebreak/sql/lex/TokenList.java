package dev.firebreak.sql.lex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lexer's output as parallel arrays: no object per token, which is what keeps lexing above 100 MB/s.
 * Keyword tests compare the source characters in place.
 */
public final class TokenList {
    private static final TokenType[] TYPES = TokenType.values();

    private final char[] source;
    private byte[] types;
    private int[] starts;
    private int[] ends;
    private int[] lines;
    private int[] columns;
    private int size;
    final List<Comment> comments = new ArrayList<>();
    final List<LexProblem> problems = new ArrayList<>();
    final List<ErrorStop> errorStops = new ArrayList<>();

    TokenList(char[] source, int expected) {
        this.source = source;
        int capacity = Math.max(16, expected);
        types = new byte[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
    }

    void add(TokenType type, int start, int end, int line, int column) {
        if (size == types.length) {
            int capacity = size * 2;
            types = Arrays.copyOf(types, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
        }
        types[size] = (byte) type.ordinal();
        starts[size] = start;
        ends[size] = end;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    public int size() {
        return size;
    }

    public char[] source() {
        return source;
    }

    public TokenType type(int i) {
        return TYPES[types[i]];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int line(int i) {
        return lines[i];
    }

    public int column(int i) {
        return columns[i];
    }

    public String text(int i) {
        return new String(source, starts[i], ends[i] - starts[i]);
    }

    public Token token(int i) {
        return new Token(type(i), text(i), lines[i], columns[i]);
    }

    /** True if token {@code i} exists and is the unquoted word {@code lowerKeyword} in any letter case. */
    public boolean is(int i, String lowerKeyword) {
        if (i < 0 || i >= size || types[i] != TokenType.WORD.ordinal()) {
            return false;
        }
        int start = starts[i];
        int length = lowerKeyword.length();
        if (ends[i] - start != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            // keywords are ASCII letters only, so OR-ing the case bit is an exact case-insensitive test
            if ((source[start + k] | 0x20) != lowerKeyword.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean isType(int i, TokenType type) {
        return i >= 0 && i < size && types[i] == type.ordinal();
    }

    /** Comments that mention {@code firebreak:}, in source order. */
    public List<Comment> comments() {
        return comments;
    }

    public List<LexProblem> problems() {
        return problems;
    }

    /** psql's {@code \set ON_ERROR_STOP} and its {@code unset}, in source order. */
    public List<ErrorStop> errorStops() {
        return errorStops;
    }
}
