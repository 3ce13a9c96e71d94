package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.Optional;

/**
 * ALTER TABLE actions that lose data or lock a table that already holds rows, each at its own position; DROP COLUMN
 * of a foreign table; ALTER TYPE … DROP ATTRIBUTE. A DROP COLUMN … CASCADE is one finding that says what CASCADE
 * takes. A column dropped from a table this change set created is listed as info; the lock and rewrite warnings do
 * not apply to a new table.
 */
public final class AlterTableChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        if (statement.kind() == StatementKind.ALTER_TYPE) {
            ObjectName type = statement.targets().get(0);
            statement.actions().stream().filter(action -> action.kind() == AlterAction.Kind.DROP_ATTRIBUTE)
                    .forEach(action -> report(reporter, Rule.DROP_ATTRIBUTE, statement, action, "drops attribute `"
                            + action.subject() + "` of type `" + type + "`: its value goes from every column of that type"
                            + (action.cascade() ? ", and by CASCADE the column from every table created OF it" : "")));
            return;
        }
        if (statement.kind() != StatementKind.ALTER_TABLE) {
            return;
        }
        ObjectName table = statement.targets().get(0);
        if ("foreign table".equals(statement.objectType())) {
            statement.actions().stream().filter(action -> action.kind() == AlterAction.Kind.DROP_COLUMN)
                    .forEach(action -> dropColumn(reporter, Rule.DROP_FOREIGN_TABLE, Rule.DROP_CASCADE_DEPENDENTS,
                            CascadeReach.FOREIGN_COLUMN, statement, action, "drops column `" + action.subject()
                                    + "` of foreign table `" + table
                                    + "`: queries that read it fail (its values stay on the foreign server)", ""));
            return;
        }
        Optional<ChangeSet.Created> created = changeSet.created(table, statement);
        for (AlterAction action : statement.actions()) {
            String column = "column `" + action.subject() + "` of `" + table + "`";
            if (action.kind() == AlterAction.Kind.DROP_COLUMN) {
                if (created.isPresent() && created.get().scratch()) {
                    report(reporter, Rule.SCRATCH_TABLE, statement, action, "drops " + column + ", created at " + created.get().at());
                } else {
                    dropColumn(reporter, Rule.DROP_COLUMN, Rule.DROP_CASCADE, CascadeReach.COLUMN, statement, action,
                            "drops " + column + " and its value in every row", created.map(ChangeSet.Created::caveat).orElse(""));
                }
                continue;
            }
            if (changeSet.isNew(table)) {
                continue;
            }
            switch (action.kind()) {
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

    /** One finding per dropped column; one written with CASCADE also says what that takes and speaks for that rule. */
    private static void dropColumn(Reporter reporter, Rule rule, Rule cascade, String reach, Statement statement,
                                   AlterAction action, String message, String caveat) {
        if (action.cascade()) {
            reporter.report(rule, cascade, statement, action.line(), action.column(),
                    message + CascadeReach.clause(reach) + caveat);
        } else {
            report(reporter, rule, statement, action, message + caveat);
        }
    }

    private static void report(Reporter reporter, Rule rule, Statement statement, AlterAction action, String message) {
        reporter.report(rule, statement, action.line(), action.column(), message);
    }
}
