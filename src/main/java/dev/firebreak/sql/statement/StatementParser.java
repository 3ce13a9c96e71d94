package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;
import dev.firebreak.sql.lex.TokenType;
import java.util.Set;

/** Turns one statement's tokens into a {@link Statement}, or null for the many kinds no rule cares about. */
public final class StatementParser {
    /** Object types written with two words: {@code DROP MATERIALIZED VIEW}, {@code DROP FOREIGN TABLE} … */
    private static final Set<String> TWO_WORD_TYPES = Set.of("materialized", "foreign", "event", "access", "text", "user");
    private static final String[] MAIN_STATEMENTS = {"delete", "update", "insert", "select", "merge"};

    private StatementParser() {
    }

    public static Statement parse(TokenList tokens, TokenRange range, int transaction) {
        return parse(tokens, range, transaction, null, true);
    }

    /**
     * @param inside       the statement this one runs inside ("WITH", "COPY" …), or null at top level
     * @param stopsOnError whether a failure before it stops the run (see {@link Statement#stopsOnError})
     */
    public static Statement parse(TokenList tokens, TokenRange range, int transaction, String inside, boolean stopsOnError) {
        Draft draft = draft(new Cursor(tokens, range.from(), range.to()));
        return draft == null ? null : draft.build(tokens, range, transaction, inside, stopsOnError);
    }

    private static Draft draft(Cursor c) {
        if (c.peek("with")) { // WITH … DELETE: the statement is its first top-level data verb
            c.pos = firstTopLevel(c, MAIN_STATEMENTS);
            if (c.pos < 0) {
                return null;
            }
        }
        if (c.accept("drop")) {
            return drop(c);
        }
        if (c.accept("truncate")) {
            return truncate(c);
        }
        if (c.accept("delete")) {
            c.accept("from");
            return dataChange(c, StatementKind.DELETE);
        }
        if (c.accept("update")) {
            return dataChange(c, StatementKind.UPDATE);
        }
        if (c.accept("alter", "table")) {
            return AlterTableParser.parse(c, "table");
        }
        if (c.accept("alter", "foreign") && c.accept("table")) {
            return AlterTableParser.parse(c, "foreign table");
        }
        if (c.accept("alter", "type")) {
            return AlterTableParser.alterType(c);
        }
        if (c.accept("create")) {
            return create(c);
        }
        if (c.peek("begin") || c.peek("start")) {
            return new Draft(StatementKind.BEGIN);
        }
        if (c.peek("commit") || c.peek("end") || c.peek("abort") || (c.accept("rollback") && !c.peek("to"))) {
            return new Draft(StatementKind.COMMIT);
        }
        if (c.peek("do")) {
            return new Draft(StatementKind.DO);
        }
        return null;
    }

    private static Draft drop(Cursor c) {
        if (c.accept("owned")) {
            Draft draft = new Draft(StatementKind.DROP_OWNED);
            c.accept("by");
            names(c, draft);
            draft.cascade = c.findTopLevel("cascade") >= 0;
            return draft;
        }
        String type = c.identifier();
        if (type == null) {
            return null;
        }
        if (TWO_WORD_TYPES.contains(type) && c.pos < c.to && c.tokens.isType(c.pos, TokenType.WORD)) {
            type = type + " " + c.identifier();
        }
        Draft draft = new Draft(switch (type) {
            case "table" -> StatementKind.DROP_TABLE;
            case "schema" -> StatementKind.DROP_SCHEMA;
            case "database" -> StatementKind.DROP_DATABASE;
            default -> StatementKind.DROP_OTHER;
        });
        draft.objectType = type;
        draft.concurrently = c.accept("concurrently");
        draft.ifExists = c.accept("if", "exists");
        names(c, draft);
        draft.cascade = c.findTopLevel("cascade") >= 0;
        return draft;
    }

    private static Draft truncate(Cursor c) {
        Draft draft = new Draft(StatementKind.TRUNCATE);
        c.accept("table");
        names(c, draft);
        draft.cascade = c.findTopLevel("cascade") >= 0;
        return draft;
    }

    private static Draft dataChange(Cursor c, StatementKind kind) {
        c.accept("only");
        Draft draft = new Draft(kind);
        draft.targets.add(c.target());
        int where = c.findTopLevel("where");
        draft.hasWhere = where >= 0 && !alwaysTrue(c.tokens, where + 1, c.to);
        return draft;
    }

    private static Draft create(Cursor c) {
        c.accept("or", "replace");
        while (c.accept("global") || c.accept("local") || c.accept("temp") || c.accept("temporary")
                || c.accept("unlogged")) {
            // modifiers do not change what the rules see
        }
        if (c.accept("table")) {
            Draft draft = new Draft(StatementKind.CREATE_TABLE);
            draft.ifExists = c.accept("if", "not") && c.accept("exists");
            draft = withTarget(c, draft);
            if (draft != null) {
                draft.filled = c.findTopLevel("as") >= 0; // CREATE TABLE … AS SELECT / EXECUTE: holds the query's rows
            }
            return draft;
        }
        c.accept("unique");
        if (!c.accept("index")) {
            return null;
        }
        Draft draft = new Draft(StatementKind.CREATE_INDEX);
        draft.concurrently = c.accept("concurrently");
        int on = c.findTopLevel("on");
        if (on < 0) {
            return null;
        }
        c.pos = on + 1;
        c.accept("only");
        return withTarget(c, draft);
    }

    /** {@code WHERE true} and {@code WHERE 1 = 1} select every row, like no WHERE at all. */
    private static boolean alwaysTrue(TokenList tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.is(from, "true");
        }
        return to - from == 3 && tokens.isType(from, TokenType.NUMBER) && tokens.text(from).equals(tokens.text(from + 2))
                && tokens.isType(from + 1, TokenType.OPERATOR) && tokens.text(from + 1).equals("=");
    }

    /** The draft with the name at the cursor as its target, or null when no name follows. */
    private static Draft withTarget(Cursor c, Draft draft) {
        ObjectName target = c.name();
        if (target == null) {
            return null;
        }
        draft.targets.add(target);
        return draft;
    }

    /** Comma-separated names, skipping function argument lists and {@code *} (inheritance); at least one. */
    private static void names(Cursor c, Draft draft) {
        do {
            c.accept("only");
            ObjectName name = draft.targets.isEmpty() ? c.target() : c.name();
            if (name == null) {
                return;
            }
            draft.targets.add(name);
            c.skipParens();
            if (c.pos < c.to && c.tokens.isType(c.pos, TokenType.OPERATOR) && c.tokens.source()[c.tokens.start(c.pos)] == '*') {
                c.pos++;
            }
        } while (c.acceptType(TokenType.COMMA));
    }

    private static int firstTopLevel(Cursor c, String... keywords) {
        int first = -1;
        for (String keyword : keywords) {
            int at = c.findTopLevel(keyword);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
