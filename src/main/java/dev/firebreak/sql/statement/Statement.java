package dev.firebreak.sql.statement;

import java.util.List;

/**
 * The small statement model the rules read, from SQL or from a framework operation ({@code drop_table :users}).
 *
 * @param objectType   for DROP statements the object's type as written ("table", "materialized view" …); for
 *                     ALTER_TABLE "table" or "foreign table" (null from frameworks: a table); else null
 * @param targets      the objects acted on: tables, schemas, databases, roles for DROP OWNED; for CREATE INDEX its table
 * @param ifExists     {@code IF EXISTS} of a DROP or ALTER, {@code IF NOT EXISTS} of a CREATE TABLE
 * @param hasWhere     DELETE/UPDATE with a top-level WHERE
 * @param concurrently CREATE/DROP INDEX CONCURRENTLY
 * @param actions      ALTER TABLE actions, else empty
 * @param transaction  number of the explicit BEGIN … COMMIT block it sits in (1, 2 …), 0 outside one
 * @param text         the first 200 characters, whitespace collapsed
 * @param inside       for a statement that runs inside another one, that statement ("WITH", "COPY",
 *                     "EXPLAIN ANALYZE" …); null at top level
 * @param filled       CREATE TABLE … AS / SELECT … INTO: the new table holds a query's rows, it is not empty
 * @param stopsOnError the run stops at a failed statement before this one (psql's {@code ON_ERROR_STOP} is on, or a
 *                     framework runs it); false only for plain SQL that psql runs on past errors
 */
public record Statement(StatementKind kind, String objectType, List<ObjectName> targets, boolean ifExists,
                        boolean cascade, boolean hasWhere, boolean concurrently, List<AlterAction> actions,
                        int transaction, int line, int column, int endLine, String text, String inside,
                        boolean filled, boolean stopsOnError) {
    public static final int TEXT_LIMIT = 200;

    public Statement {
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
    }

    /** A top-level statement of a migration framework, which stops at the first failure. */
    public Statement(StatementKind kind, String objectType, List<ObjectName> targets, boolean ifExists,
                     boolean cascade, boolean hasWhere, boolean concurrently, List<AlterAction> actions,
                     int transaction, int line, int column, int endLine, String text) {
        this(kind, objectType, targets, ifExists, cascade, hasWhere, concurrently, actions, transaction, line, column,
                endLine, text, null, false, true);
    }

    /** The same statement as run by a framework or with {@code ON_ERROR_STOP}: it stops at a failure. */
    public Statement stoppingOnError() {
        return stopsOnError ? this : new Statement(kind, objectType, targets, ifExists, cascade, hasWhere, concurrently,
                actions, transaction, line, column, endLine, text, inside, filled, true);
    }

    /** Collapses whitespace and cuts to {@link #TEXT_LIMIT} characters; runs for every statement a rule may report. */
    public static String excerpt(char[] source, int start, int end) {
        char[] text = new char[TEXT_LIMIT];
        int length = 0;
        boolean space = false;
        for (int i = start; i < end && length < TEXT_LIMIT; i++) {
            char c = source[i];
            if (c <= ' ') { // ASCII blanks and control characters, the whitespace SQL knows
                space = length > 0;
            } else {
                if (space) {
                    text[length++] = ' ';
                    space = false;
                    if (length == TEXT_LIMIT) {
                        break;
                    }
                }
                text[length++] = c;
            }
        }
        return new String(text, 0, length);
    }
}
