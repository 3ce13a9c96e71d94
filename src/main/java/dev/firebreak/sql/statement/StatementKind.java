package dev.firebreak.sql.statement;

/** What a statement does, as far as the data-loss rules care. */
public enum StatementKind {
    DROP_TABLE, DROP_SCHEMA, DROP_DATABASE, DROP_OWNED,
    /** DROP of anything else (view, index, function, type …): only CASCADE and foreign tables are reported. */
    DROP_OTHER,
    /** ALTER TABLE and ALTER FOREIGN TABLE ({@link Statement#objectType} tells them apart). */
    ALTER_TABLE,
    /** ALTER TYPE … DROP ATTRIBUTE (other ALTER TYPE forms are {@link #OTHER}). */
    ALTER_TYPE,
    TRUNCATE, DELETE, UPDATE, CREATE_TABLE, CREATE_INDEX,
    BEGIN, COMMIT, DO,
    /**
     * Code a framework runs that Firebreak can only partly read (Django's {@code RunPython}); its target is the
     * function, or {@code lambda}. Flagged for review, never counted as data loss.
     */
    RUN_CODE,
    /** Everything else: counted, never reported. */
    OTHER
}
