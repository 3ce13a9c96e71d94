package dev.firebreak.sql.rules;

import dev.firebreak.sql.Severity;
import java.util.Arrays;
import java.util.Optional;

/** Every rule: a stable id, a default severity, a one-line description and the safe alternative. */
public enum Rule {
    DROP_TABLE("drop-table", Severity.ERROR, "Drops a table and every row in it.",
            "deploy code that no longer uses the table, then `ALTER TABLE … RENAME TO …_old`; drop it in a later release, after a verified backup"),
    DROP_SCHEMA("drop-schema", Severity.ERROR, "Drops a schema (with CASCADE, every table in it).",
            "rename the schema (`ALTER SCHEMA … RENAME TO …_old`) and drop it in a later release, after a verified backup"),
    DROP_DATABASE("drop-database", Severity.ERROR, "Drops a whole database.",
            "never from a migration: take and verify a backup, then drop it by hand"),
    DROP_COLUMN("drop-column", Severity.ERROR, "Drops a column and its values in every row.",
            "expand/contract: stop reading and writing the column, deploy, then drop it in a later release after a backup"),
    TRUNCATE("truncate", Severity.ERROR, "Empties tables.",
            "delete in batches with a WHERE (`DELETE … WHERE id IN (SELECT … LIMIT 10000)`), or copy the rows to an archive table first"),
    DELETE_WITHOUT_WHERE("delete-without-where", Severity.ERROR, "DELETE without WHERE removes every row.",
            "add a WHERE clause that names the rows, and batch it (`… WHERE id IN (SELECT id … LIMIT 10000)`)"),
    UPDATE_WITHOUT_WHERE("update-without-where", Severity.ERROR, "UPDATE without WHERE overwrites every row.",
            "add a WHERE clause that names the rows, batch it, and keep the old values (a backup column or table)"),
    DROP_CASCADE("drop-cascade", Severity.ERROR, "DROP … CASCADE of a type, domain or other object also drops everything that depends on it (DROP TABLE, SCHEMA, OWNED and DROP COLUMN with CASCADE say so in their own finding).",
            "drop the dependent objects explicitly, one by one, so the migration says what goes"),
    DROP_CASCADE_DEPENDENTS("drop-cascade-dependents", Severity.WARNING, "DROP … CASCADE of a view, function, sequence, trigger or index also drops what is built on it: views, materialized views, column defaults, generated columns, triggers.",
            "drop or change the dependent objects explicitly first, so the migration says what goes"),
    DROP_ATTRIBUTE("drop-attribute", Severity.ERROR, "ALTER TYPE … DROP ATTRIBUTE drops that field from every column of the type, in every row.",
            "expand/contract: add the new attribute or column, copy the values, stop using the old one, drop it in a later release after a backup"),
    DROP_FOREIGN_TABLE("drop-foreign-table", Severity.WARNING, "Drops a foreign table or one of its columns: the local definition goes (the rows stay on the foreign server) and queries using it fail.",
            "deploy code that no longer reads it, then drop it in a later release; keep its CREATE FOREIGN TABLE to recreate it"),
    DROP_OWNED("drop-owned", Severity.ERROR, "DROP OWNED drops every object a role owns.",
            "drop the named objects explicitly, or `REASSIGN OWNED BY … TO …` first"),
    DROP_AND_RECREATE("drop-and-recreate", Severity.ERROR, "A table dropped and created again comes back empty.",
            "change the table in place (`ALTER TABLE`), or create the new table beside it, copy the rows, then swap names"),
    ALTER_COLUMN_TYPE("alter-column-type", Severity.WARNING, "Changing a column type rewrites the table under an exclusive lock and can truncate values.",
            "expand/contract: add a new column of the new type, backfill in batches, switch readers, drop the old column later"),
    RENAME_TABLE("rename-table", Severity.WARNING, "Renaming a table breaks every running query that uses the old name.",
            "expand/contract: create a view with the old name, or deploy code that accepts both names first"),
    RENAME_COLUMN("rename-column", Severity.WARNING, "Renaming a column breaks every running query that uses the old name.",
            "expand/contract: add the new column, write both, backfill, switch reads, drop the old one later"),
    SET_NOT_NULL("set-not-null", Severity.WARNING, "SET NOT NULL scans the whole table under an exclusive lock.",
            "add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` it, then SET NOT NULL (PostgreSQL 12+ skips the scan)"),
    CREATE_INDEX_NOT_CONCURRENTLY("create-index-not-concurrently", Severity.WARNING, "CREATE INDEX blocks all writes to the table until it is built.",
            "`CREATE INDEX CONCURRENTLY` (outside a transaction block)"),
    ADD_FOREIGN_KEY_VALIDATING("add-foreign-key-validating", Severity.WARNING, "Adding a validated foreign key scans the table while locking both tables.",
            "add it `NOT VALID`, then `ALTER TABLE … VALIDATE CONSTRAINT …` in a separate migration"),
    DROP_SCRATCH_TABLE("drop-scratch-table", Severity.INFO, "Drops a table created earlier in the same change set: no stored data is lost.",
            "nothing to do, as long as the table really is only scratch space"),
    SCRATCH_TABLE("scratch-table", Severity.INFO, "Truncates, deletes, overwrites or drops a column of a table created earlier in the same change set: no stored data is lost.",
            "nothing to do, as long as the table really is new"),
    RUN_PYTHON("run-python", Severity.WARNING, "Django's RunPython runs Python code: Firebreak reads only its ORM deletes and updates of every row and its raw SQL, not what else it changes.",
            "review the function before it runs in production: it must not delete or overwrite rows that its reverse function cannot bring back"),
    UNTERMINATED("unterminated", Severity.WARNING, "A string, quoted identifier or comment never closes: the rest of the file was not analysed.",
            "close it; PostgreSQL would reject the file as it is"),
    BAD_SUPPRESSION("bad-suppression", Severity.WARNING, "A firebreak:allow comment without a reason or with an unknown rule is ignored.",
            "write `-- firebreak:allow <rule> reason=\"why this is safe\"`");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final String hint;

    Rule(String id, Severity defaultSeverity, String description, String hint) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.hint = hint;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    public String hint() {
        return hint;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
