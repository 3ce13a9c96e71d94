package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenType;

/**
 * {@code ALTER [FOREIGN] TABLE [IF EXISTS] [ONLY] name [*] action [, …]}: the table and one {@link AlterAction} per
 * action; and {@code ALTER TYPE name DROP ATTRIBUTE …}, whose attributes are columns of every column of that type.
 */
final class AlterTableParser {
    private AlterTableParser() {
    }

    /** @param objectType "table" or "foreign table" */
    static Draft parse(Cursor c, String objectType) {
        boolean ifExists = c.accept("if", "exists");
        c.accept("only");
        Draft draft = new Draft(StatementKind.ALTER_TABLE);
        draft.objectType = objectType;
        draft.targets.add(c.target());
        draft.ifExists = ifExists;
        if (c.pos < c.to && c.tokens.isType(c.pos, TokenType.OPERATOR)) {
            c.pos++; // ONLY's counterpart: name * includes child tables
        }
        while (!c.atEnd()) {
            int actionEnd = actionEnd(c);
            Cursor action = new Cursor(c.tokens, c.pos, actionEnd);
            AlterAction.Kind kind = AlterAction.Kind.OTHER;
            String subject = null;
            if (action.accept("drop")) {
                if (!action.peek("constraint")) {
                    action.accept("column");
                    action.accept("if", "exists");
                    subject = action.identifier();
                    kind = subject == null ? AlterAction.Kind.OTHER : AlterAction.Kind.DROP_COLUMN;
                }
            } else if (action.accept("alter")) {
                action.accept("column");
                subject = action.identifier();
                action.accept("set", "data");
                if (action.accept("type")) {
                    kind = AlterAction.Kind.ALTER_COLUMN_TYPE;
                } else if (action.accept("set", "not") && action.accept("null")) {
                    kind = AlterAction.Kind.SET_NOT_NULL;
                }
            } else if (action.accept("rename")) {
                if (action.accept("to")) {
                    subject = action.identifier();
                    kind = AlterAction.Kind.RENAME_TABLE;
                } else if (!action.peek("constraint")) {
                    action.accept("column");
                    subject = action.identifier();
                    kind = AlterAction.Kind.RENAME_COLUMN;
                }
            } else if (action.accept("add")) {
                if (action.accept("constraint")) {
                    action.identifier();
                }
                if (action.accept("foreign", "key") && !notValid(action)) {
                    kind = AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING;
                }
            }
            boolean cascade = kind == AlterAction.Kind.DROP_COLUMN && action.findTopLevel("cascade") >= 0;
            draft.actions.add(new AlterAction(kind, subject, cascade, c.tokens.line(c.pos), c.tokens.column(c.pos)));
            draft.cascade |= cascade;
            c.pos = actionEnd + 1;
        }
        return draft;
    }

    /** {@code ALTER TYPE name DROP ATTRIBUTE [IF EXISTS] a [CASCADE], …}; other ALTER TYPE forms lose nothing. */
    static Draft alterType(Cursor c) {
        Draft draft = new Draft(StatementKind.ALTER_TYPE);
        draft.objectType = "type";
        draft.targets.add(c.target());
        while (!c.atEnd()) {
            int actionEnd = actionEnd(c);
            Cursor action = new Cursor(c.tokens, c.pos, actionEnd);
            if (action.accept("drop", "attribute")) {
                action.accept("if", "exists");
                String attribute = action.identifier();
                if (attribute != null) {
                    boolean cascade = action.findTopLevel("cascade") >= 0;
                    draft.actions.add(new AlterAction(AlterAction.Kind.DROP_ATTRIBUTE, attribute, cascade,
                            c.tokens.line(c.pos), c.tokens.column(c.pos)));
                    draft.cascade |= cascade;
                }
            }
            c.pos = actionEnd + 1;
        }
        return draft.actions.isEmpty() ? null : draft;
    }

    private static boolean notValid(Cursor action) {
        int not = action.findTopLevel("not");
        while (not >= 0) {
            if (action.tokens.is(not + 1, "valid")) {
                return true;
            }
            action.pos = not + 1;
            not = action.findTopLevel("not");
        }
        return false;
    }

    /** The index of the comma that ends the action at the cursor, or the statement's end. */
    private static int actionEnd(Cursor c) {
        int depth = 0;
        for (int i = c.pos; i < c.to; i++) {
            TokenType type = c.tokens.type(i);
            if (type == TokenType.LPAREN) {
                depth++;
            } else if (type == TokenType.RPAREN) {
                depth--;
            } else if (type == TokenType.COMMA && depth == 0) {
                return i;
            }
        }
        return c.to;
    }
}
