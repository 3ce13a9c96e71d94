package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.stream.Collectors;

/** DROP TABLE / SCHEMA / DATABASE / OWNED and DROP … CASCADE. */
public final class DropChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        switch (statement.kind()) {
            case DROP_TABLE -> statement.targets().forEach(table -> changeSet.createdAt(table).ifPresentOrElse(
                    at -> reporter.report(Rule.DROP_SCRATCH_TABLE, statement,
                            "drops scratch table `" + table + "` created at " + at + " in this change set"),
                    () -> reporter.report(Rule.DROP_TABLE, statement, "drops table `" + table + "` and all its rows")));
            case DROP_SCHEMA -> statement.targets().forEach(schema -> reporter.report(Rule.DROP_SCHEMA, statement,
                    "drops schema `" + schema + "`" + (statement.cascade() ? " and every table in it" : "")));
            case DROP_DATABASE -> statement.targets().forEach(database -> reporter.report(Rule.DROP_DATABASE, statement,
                    "drops database `" + database + "`"));
            case DROP_OWNED -> reporter.report(Rule.DROP_OWNED, statement,
                    "drops every object owned by " + names(statement));
            default -> {
            }
        }
        if (statement.cascade() && cascades(statement, changeSet)) {
            reporter.report(Rule.DROP_CASCADE, statement, "drops " + what(statement)
                    + " with CASCADE: every view, foreign key and object that depends on it goes too");
        }
    }

    /** A CASCADE on tables this change set created reaches nothing that held data before it. */
    private static boolean cascades(Statement statement, ChangeSet changeSet) {
        return switch (statement.kind()) {
            case DROP_TABLE -> !statement.targets().stream().allMatch(changeSet::isNew);
            case DROP_SCHEMA, DROP_DATABASE, DROP_OWNED, DROP_OTHER -> true;
            case ALTER_TABLE -> !changeSet.isNew(statement.targets().get(0));
            default -> false;
        };
    }

    private static String what(Statement statement) {
        if (statement.kind() == StatementKind.ALTER_TABLE) {
            return "a column of `" + statement.targets().get(0) + "`";
        }
        if (statement.kind() == StatementKind.DROP_OWNED) {
            return "the objects owned by " + names(statement);
        }
        return statement.objectType() + " " + names(statement);
    }

    private static String names(Statement statement) {
        return statement.targets().stream().map(ObjectName::toString).map(n -> "`" + n + "`")
                .collect(Collectors.joining(", "));
    }
}
