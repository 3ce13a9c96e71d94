package dev.firebreak.sql.rules;

/**
 * What CASCADE takes along beyond what the statement's own rule already says, in the words that end that rule's
 * finding ("drops column `c` of `t` … — and with CASCADE every view that uses it …"): one finding per statement.
 */
public final class CascadeReach {
    public static final String TABLE = "every view, foreign key and object that depends on it";
    /** DROP COLUMN already takes the table's own indexes and constraints on the column; CASCADE reaches beyond them. */
    public static final String COLUMN = "every view that uses it and every foreign key that references it";
    public static final String SCHEMA = "every table in it with all its rows, and every object elsewhere that depends on them";
    public static final String OWNED = "every object of other roles that depends on them";
    /** A foreign table holds no local rows, and no foreign key or index can rest on it: only views are left. */
    public static final String FOREIGN_TABLE = "every view and materialized view built on it";
    public static final String FOREIGN_COLUMN = "every view and materialized view that uses it";

    private CascadeReach() {
    }

    /** The end of a finding's message: " — and with CASCADE " and what it takes. */
    public static String clause(String reach) {
        return " — and with CASCADE " + reach;
    }
}
