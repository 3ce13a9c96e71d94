package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;

/** TRUNCATE, and DELETE / UPDATE without a WHERE, on tables that held data before this change set. */
public final class DataChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        for (ObjectName table : statement.targets()) {
            if (changeSet.isNew(table)) {
                continue;
            }
            switch (statement.kind()) {
                case TRUNCATE -> reporter.report(Rule.TRUNCATE, statement, "empties table `" + table + "`"
                        + (statement.cascade() ? " and, by CASCADE, every table that references it" : ""));
                case DELETE -> {
                    if (!statement.hasWhere()) {
                        reporter.report(Rule.DELETE_WITHOUT_WHERE, statement,
                                "deletes every row of `" + table + "`: no WHERE clause restricts it");
                    }
                }
                case UPDATE -> {
                    if (!statement.hasWhere()) {
                        reporter.report(Rule.UPDATE_WITHOUT_WHERE, statement,
                                "overwrites every row of `" + table + "`: no WHERE clause restricts it");
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }
}
