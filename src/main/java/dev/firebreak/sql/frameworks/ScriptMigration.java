package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.lex.Comment;
import dev.firebreak.sql.lex.LexProblem;
import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.ParsedMigration;
import dev.firebreak.sql.statement.Span;
import dev.firebreak.sql.statement.SqlScript;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A framework migration read as operations: each subclass matches its framework's calls and turns them into
 * the same {@link Statement}s SQL produces, at the call's real line and column. Code that only runs on
 * rollback ({@code def down}, {@code downgrade()}, {@code <rollback>}) is skipped: dropping what {@code up} created is its job.
 */
public abstract class ScriptMigration {
    private static final String DIRECTIVE = "firebreak:allow";

    protected final String content;
    private final String lineComment;
    private final char[] chars;
    private final TextIndex index;
    private final List<int[]> skipped = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<Comment> directives = new ArrayList<>();
    private final List<LexProblem> problems = new ArrayList<>();
    private int count;

    /** @param lineComment the framework language's line comment marker: calls after it are commented out */
    protected ScriptMigration(String content, String lineComment) {
        this.content = content;
        this.lineComment = lineComment;
        this.chars = content.toCharArray();
        this.index = new TextIndex(content);
    }

    public final ParsedMigration read() {
        skipped.addAll(rollbackRanges());
        extract();
        findDirectives();
        statements.sort(Comparator.comparingInt(Statement::line).thenComparingInt(Statement::column));
        return new ParsedMigration(statements, spans, count, directives, problems);
    }

    /** Matches the framework's calls and reports them through the helpers below. */
    protected abstract void extract();

    /** Offset ranges {@code [start, end)} of rollback code. */
    protected abstract List<int[]> rollbackRanges();

    /** Calls {@code handler} for every match outside rollback code. */
    protected final void each(Pattern pattern, Consumer<Matcher> handler) {
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            if (!isRollback(matcher.start()) && !isCommentedOut(matcher.start())) {
                handler.accept(matcher);
            }
        }
    }

    /** As {@link #each(Pattern, Consumer)}, within {@code content[from, to)} only (a builder block). */
    protected final void each(Pattern pattern, int from, int to, Consumer<Matcher> handler) {
        Matcher matcher = pattern.matcher(content).region(from, to);
        while (matcher.find()) {
            if (!isRollback(matcher.start()) && !isCommentedOut(matcher.start())) {
                handler.accept(matcher);
            }
        }
    }

    private boolean isCommentedOut(int offset) {
        int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
        return content.substring(lineStart, offset).contains(lineComment);
    }

    private boolean isRollback(int offset) {
        for (int[] range : skipped) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    protected final void drop(int offset, ObjectName table, boolean cascade) {
        add(offset, StatementKind.DROP_TABLE, "table", table, cascade, false, false, List.of());
    }

    protected final void create(int offset, ObjectName table) {
        add(offset, StatementKind.CREATE_TABLE, null, table, false, false, false, List.of());
    }

    protected final void index(int offset, ObjectName table, boolean concurrently) {
        add(offset, StatementKind.CREATE_INDEX, null, table, false, false, concurrently, List.of());
    }

    /** Code the framework runs that is read only in part: {@code function} is its name, or {@code lambda}. */
    protected final void unreadCode(int offset, String function) {
        add(offset, StatementKind.RUN_CODE, null, ObjectName.of(function), false, false, false, List.of());
    }

    protected final void dataChange(int offset, StatementKind kind, ObjectName table, boolean hasWhere) {
        add(offset, kind, null, table, false, hasWhere, false, List.of());
    }

    protected final void alter(int offset, ObjectName table, AlterAction.Kind kind, String subject) {
        int line = index.line(offset);
        add(offset, StatementKind.ALTER_TABLE, null, table, false, false, false,
                List.of(new AlterAction(kind, subject, false, line, index.column(offset))));
    }

    private void add(int offset, StatementKind kind, String objectType, ObjectName target, boolean cascade,
                     boolean hasWhere, boolean concurrently, List<AlterAction> actions) {
        int line = index.line(offset);
        int lineEnd = content.indexOf('\n', offset);
        String text = Statement.excerpt(chars, offset, lineEnd < 0 ? content.length() : lineEnd);
        statements.add(new Statement(kind, objectType, List.of(target), false, cascade, hasWhere, concurrently,
                actions, 0, line, index.column(offset), line, text));
        spans.add(new Span(line, line));
        count++;
    }

    /** The SQL string literal that starts at or after {@code offset}, analysed as SQL in place. */
    protected final void sql(int offset) {
        StringLiteral literal = StringLiteral.at(content, offset);
        if (literal == null) {
            count++; // a computed string: counted, not readable
            return;
        }
        sql(literal.start(), literal.end());
    }

    /** {@code content[start, end)} analysed as SQL in place. */
    protected final void sql(int start, int end) {
        SqlScript script = SqlScript.parse(chars, start, end, index.line(start), index.column(start), true);
        statements.addAll(script.statements());
        spans.addAll(script.spans());
        problems.addAll(script.problems());
        count += script.count();
    }

    /** Text the reader could not read to its end: reported, so a broken file never passes as a harmless one. */
    protected final void problem(int offset, String message) {
        problems.add(new LexProblem(message, index.line(offset), index.column(offset)));
    }

    /** Group 1 of the last match of {@code pattern} before {@code offset}: the table of an enclosing builder block. */
    protected final String lastBefore(Pattern pattern, int offset) {
        Matcher matcher = pattern.matcher(content).region(0, offset);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    /** A name that may be qualified, as frameworks write it ({@code "billing.invoices"}). */
    protected static ObjectName name(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? ObjectName.of(qualified) : new ObjectName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** Every line holding {@code firebreak:allow}, whatever the framework's comment syntax. */
    private void findDirectives() {
        int at = content.indexOf(DIRECTIVE);
        while (at >= 0) {
            int lineStart = content.lastIndexOf('\n', at) + 1;
            int lineEnd = content.indexOf('\n', at);
            directives.add(new Comment(content.substring(at, lineEnd < 0 ? content.length() : lineEnd),
                    index.line(at), at - lineStart + 1));
            at = content.indexOf(DIRECTIVE, at + DIRECTIVE.length());
        }
    }
}
