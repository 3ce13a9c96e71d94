package dev.firebreak.sql.statement;

/**
 * One comma-separated action of {@code ALTER TABLE} (or {@code ALTER TYPE}), with where it starts.
 *
 * @param subject the column (or type attribute) it acts on, or the new name for {@link Kind#RENAME_TABLE}; null if none
 * @param cascade {@code DROP COLUMN … CASCADE}
 */
public record AlterAction(Kind kind, String subject, boolean cascade, int line, int column) {
    public enum Kind {
        DROP_COLUMN, ALTER_COLUMN_TYPE, SET_NOT_NULL, RENAME_COLUMN, RENAME_TABLE,
        /** {@code ADD … FOREIGN KEY} without {@code NOT VALID}: scans the whole table under lock. */
        ADD_FOREIGN_KEY_VALIDATING,
        /** {@code ALTER TYPE … DROP ATTRIBUTE}: the field goes from every value of the type. */
        DROP_ATTRIBUTE,
        OTHER
    }
}
