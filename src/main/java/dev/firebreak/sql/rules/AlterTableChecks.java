package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;

/** ALTER TABLE actions that lose data or lock a table that already holds rows, each at its own position. */
public final class AlterTableChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        if (statement.kind() != StatementKind.ALTER_TABLE || changeSet.isNew(statement.targets().get(0))) {
            return;
        }
        ObjectName table = statement.targets().get(0);
        for (AlterAction action : statement.actions()) {
            String column = "column `" + action.subject() + "` of `" + table + "`";
            switch (action.kind()) {
                case DROP_COLUMN -> report(reporter, Rule.DROP_COLUMN, statement, action,
                        "drops " + column + " and its value in every row");
                case ALTER_COLUMN_TYPE -> report(reporter, Rule.ALTER_COLUMN_TYPE, statement, action,
                        "changes the type of " + column + ": the table is rewritten under an exclusive lock");
                case RENAME_TABLE -> report(reporter, Rule.RENAME_TABLE, statement, action,
                        "renames table `" + table + "` to `" + action.subject() + "`: running code that uses the old name breaks");
                case RENAME_COLUMN -> report(reporter, Rule.RENAME_COLUMN, statement, action,
                        "renames " + column + ": running code that uses the old name breaks");
                case SET_NOT_NULL -> report(reporter, Rule.SET_NOT_NULL, statement, action,
                        "sets " + column + " NOT NULL: the whole table is scanned under an exclusive lock");
                case ADD_FOREIGN_KEY_VALIDATING -> report(reporter, Rule.ADD_FOREIGN_KEY_VALIDATING, statement, action,
                        "adds a foreign key to `" + table + "` and validates it at once: both tables are locked while every row is checked");
                default -> {
                }
            }
        }
    }

    private static void report(Reporter reporter, Rule rule, Statement statement, AlterAction action, String message) {
        reporter.report(rule, statement, action.line(), action.column(), message);
    }
}
