package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** DROP TABLE / FOREIGN TABLE / SCHEMA / DATABASE / OWNED and DROP … CASCADE, by what CASCADE can reach. */
public final class DropChecks implements Check {
    /** What CASCADE takes along with objects that hold no rows themselves: derived objects, not stored data. */
    private static final Map<String, String> DEPENDENTS = Map.ofEntries(
            Map.entry("view", "every view and materialized view built on it goes too"),
            Map.entry("materialized view", "every view and materialized view built on it goes too"),
            Map.entry("function", "column defaults, generated columns, triggers, views and materialized views that use it go too"),
            Map.entry("procedure", "views, materialized views and other objects that use it go too"),
            Map.entry("routine", "column defaults, generated columns, triggers, views and materialized views that use it go too"),
            Map.entry("aggregate", "views and materialized views that use it go too"),
            Map.entry("sequence", "column defaults that draw from it (nextval) and views that use it go too"),
            Map.entry("trigger", "objects that depend on the trigger go too (a trigger holds no rows)"),
            Map.entry("index", "foreign keys that rely on it go too"),
            Map.entry("foreign table", "views and materialized views built on it go too"),
            Map.entry("server", "its foreign tables and user mappings go too (the rows stay on that server)"));
    /** Objects a CASCADE of which reaches nothing that holds data. */
    private static final Set<String> NOTHING_DEPENDS = Set.of("subscription", "publication");

    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        switch (statement.kind()) {
            case DROP_TABLE -> statement.targets().forEach(table -> {
                Optional<ChangeSet.Created> created = changeSet.created(table, statement);
                if (created.isPresent() && created.get().scratch()) {
                    reporter.report(Rule.DROP_SCRATCH_TABLE, statement, "drops scratch table `" + table + "` created at "
                            + changeSet.createdAt(table).orElseThrow() + " in this change set");
                } else {
                    reporter.report(Rule.DROP_TABLE, statement, "drops table `" + table + "` and all its rows"
                            + created.map(ChangeSet.Created::caveat).orElse(""));
                }
            });
            case DROP_SCHEMA -> statement.targets().forEach(schema -> reporter.report(Rule.DROP_SCHEMA, statement,
                    "drops schema `" + schema + "`" + (statement.cascade() ? " and every table in it" : "")));
            case DROP_DATABASE -> statement.targets().forEach(database -> reporter.report(Rule.DROP_DATABASE, statement,
                    "drops database `" + database + "`"));
            case DROP_OWNED -> reporter.report(Rule.DROP_OWNED, statement,
                    "drops every object owned by " + names(statement));
            case DROP_OTHER -> {
                if ("foreign table".equals(statement.objectType())) {
                    statement.targets().forEach(table -> reporter.report(Rule.DROP_FOREIGN_TABLE, statement,
                            "drops foreign table `" + table + "`: queries that read it fail (its rows stay on the foreign server)"));
                }
            }
            default -> {
            }
        }
        if (statement.cascade()) {
            cascade(statement, changeSet, reporter);
        }
    }

    private static void cascade(Statement statement, ChangeSet changeSet, Reporter reporter) {
        String type = statement.objectType();
        if (statement.kind() == StatementKind.DROP_OTHER && NOTHING_DEPENDS.contains(type)) {
            return;
        }
        if (statement.kind() == StatementKind.DROP_OTHER && DEPENDENTS.containsKey(type)) {
            reporter.report(Rule.DROP_CASCADE_DEPENDENTS, statement, "drops " + type + " " + names(statement)
                    + " with CASCADE: " + DEPENDENTS.get(type));
            return;
        }
        if (cascades(statement, changeSet)) {
            String reach = "type".equals(type) || "domain".equals(type)
                    ? "every table column of that type goes too, with its value in every row, and every view and function using it"
                    : "every view, foreign key and object that depends on it goes too";
            reporter.report(Rule.DROP_CASCADE, statement, "drops " + what(statement) + " with CASCADE: " + reach);
        }
    }

    /** A CASCADE on tables this change set surely created reaches nothing that held data before it. */
    private static boolean cascades(Statement statement, ChangeSet changeSet) {
        return switch (statement.kind()) {
            case DROP_TABLE -> !statement.targets().stream().allMatch(table -> scratch(table, statement, changeSet));
            case DROP_SCHEMA, DROP_DATABASE, DROP_OWNED, DROP_OTHER -> true;
            case ALTER_TABLE -> !scratch(statement.targets().get(0), statement, changeSet);
            default -> false;
        };
    }

    private static boolean scratch(ObjectName table, Statement statement, ChangeSet changeSet) {
        return changeSet.created(table, statement).map(ChangeSet.Created::scratch).orElse(false);
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
