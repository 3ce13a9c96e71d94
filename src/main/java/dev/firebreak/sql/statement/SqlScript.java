package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.Comment;
import dev.firebreak.sql.lex.ErrorStop;
import dev.firebreak.sql.lex.LexProblem;
import dev.firebreak.sql.lex.Lexer;
import dev.firebreak.sql.lex.TokenList;
import dev.firebreak.sql.lex.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL text to statements: lex, split, parse, track BEGIN/COMMIT and psql's ON_ERROR_STOP, and descend into what runs
 * when the migration runs: bodies of DO blocks (and {@code EXECUTE '…'} literals inside them) and the
 * {@link InnerStatements statements inside statements}.
 */
public final class SqlScript {
    /** PL/pgSQL words after which a new SQL statement can start inside a DO body. */
    private static final Set<String> BLOCK_WORDS = Set.of("begin", "then", "else", "loop", "declare", "exception");
    /** Words that start an SQL statement inside PL/pgSQL; everything else there is procedural. */
    private static final Set<String> SQL_VERBS = Set.of("drop", "truncate", "delete", "update", "alter", "create",
            "insert", "with", "execute", "merge", "do");

    private final char[] source;
    private final boolean inHostString;
    private final List<Statement> statements = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<LexProblem> problems = new ArrayList<>();
    private int count;
    private int transactions;
    private int transaction;
    /** psql's ON_ERROR_STOP as of the statement being read. */
    private boolean errorStop;

    private SqlScript(char[] source, boolean inHostString) {
        this.source = source;
        this.inHostString = inHostString;
    }

    public static SqlScript parse(String sql) {
        char[] chars = sql.toCharArray();
        return parse(chars, 0, chars.length, 1, 1, false);
    }

    /**
     * Parses {@code source[start, end)}, which begins at {@code line}:{@code column} of its file.
     *
     * @param inHostString the SQL is the body of a framework's string literal ({@code execute "…"}): see {@link Lexer}
     */
    public static SqlScript parse(char[] source, int start, int end, int line, int column, boolean inHostString) {
        SqlScript script = new SqlScript(source, inHostString);
        script.read(start, end, line, column, false);
        return script;
    }

    private void read(int start, int end, int line, int column, boolean plpgsql) {
        TokenList tokens = Lexer.lex(source, start, end, line, column, inHostString);
        comments.addAll(tokens.comments());
        problems.addAll(tokens.problems());
        List<ErrorStop> errorStops = tokens.errorStops();
        int nextStop = 0;
        for (TokenRange range : StatementSplitter.split(tokens)) {
            if (plpgsql) {
                range = embeddedStatement(tokens, range);
                if (range == null) {
                    continue;
                }
            }
            while (nextStop < errorStops.size() && errorStops.get(nextStop).offset() < tokens.start(range.from())) {
                errorStop = errorStops.get(nextStop++).on();
            }
            count++;
            boolean stops = inHostString || errorStop;
            for (InnerStatements.Inner inner : InnerStatements.of(tokens, range)) {
                Statement statement = StatementParser.parse(tokens, inner.range(), transaction, inner.inside(), stops);
                if (statement != null && isRuleInput(statement.kind())) {
                    statements.add(statement);
                }
            }
            Statement statement = StatementParser.parse(tokens, range, transaction, null, stops);
            if (statement == null || (statement.kind() != StatementKind.BEGIN && statement.kind() != StatementKind.COMMIT)) {
                spans.add(Span.of(tokens, range)); // a directive above BEGIN is meant for the statement after it
            }
            if (statement == null) {
                if (plpgsql) {
                    executeLiteral(tokens, range);
                }
                continue;
            }
            switch (statement.kind()) {
                case BEGIN -> transaction = plpgsql ? transaction : ++transactions;
                case COMMIT -> transaction = plpgsql ? transaction : 0;
                case DO -> doBody(tokens, range);
                default -> statements.add(statement);
            }
        }
        for (; nextStop < errorStops.size(); nextStop++) {
            errorStop = errorStops.get(nextStop).on();
        }
    }

    private static boolean isRuleInput(StatementKind kind) {
        return kind != StatementKind.BEGIN && kind != StatementKind.COMMIT && kind != StatementKind.DO;
    }

    /** {@code DO [LANGUAGE plpgsql] $$ … $$}: the body's statements, at their real positions. */
    private void doBody(TokenList tokens, TokenRange range) {
        for (int i = range.from(); i < range.to(); i++) {
            if (tokens.is(i, "language") && !(tokens.is(i + 1, "plpgsql") || tokens.is(i + 1, "sql"))) {
                return; // PL/Python and friends: not SQL
            }
        }
        for (int i = range.from(); i < range.to(); i++) {
            if (tokens.isType(i, TokenType.DOLLAR_STRING)) {
                int start = tokens.start(i);
                int tag = 1;
                while (source[start + tag] != '$') {
                    tag++;
                }
                tag++;
                int bodyEnd = Math.max(start + tag, tokens.end(i) - tag);
                read(start + tag, bodyEnd, tokens.line(i), tokens.column(i) + tag, true);
                return;
            }
        }
    }

    /** In a PL/pgSQL piece such as {@code IF found THEN DELETE FROM t}, the range from the SQL verb on. */
    private static TokenRange embeddedStatement(TokenList tokens, TokenRange range) {
        for (int i = range.from(); i < range.to(); i++) {
            boolean afterBlockWord = i == range.from() || isWordIn(BLOCK_WORDS, tokens, i - 1);
            if (afterBlockWord && isWordIn(SQL_VERBS, tokens, i)) {
                return new TokenRange(i, range.to());
            }
        }
        return null;
    }

    private static boolean isWordIn(Set<String> words, TokenList tokens, int i) {
        return tokens.isType(i, TokenType.WORD) && words.contains(tokens.text(i).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code EXECUTE 'TRUNCATE audit'}: a constant string is SQL that runs; its raw text keeps its positions. */
    private void executeLiteral(TokenList tokens, TokenRange range) {
        int i = range.from();
        if (tokens.is(i, "execute") && range.to() - i == 2 && tokens.isType(i + 1, TokenType.STRING)
                && source[tokens.start(i + 1)] == '\'') {
            int start = tokens.start(i + 1) + 1;
            read(start, Math.max(start, tokens.end(i + 1) - 1), tokens.line(i + 1), tokens.column(i + 1) + 1, false);
        }
    }

    /** Statements the rules look at, in source order (BEGIN, COMMIT and DO are folded into the others). */
    public List<Statement> statements() {
        return statements;
    }

    /** Lines of every statement, including those no rule looks at. */
    public List<Span> spans() {
        return spans;
    }

    /** How many statements the text holds. */
    public int count() {
        return count;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<LexProblem> problems() {
        return problems;
    }
}
