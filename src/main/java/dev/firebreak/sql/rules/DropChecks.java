package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DROP TABLE / FOREIGN TABLE / SCHEMA / DATABASE / OWNED, each one finding that also says what a CASCADE takes, and
 * DROP … CASCADE of every other object, by what CASCADE can reach.
 */
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
            Map.entry("server", "its foreign tables and user mappings go too (the rows stay on that server)"));
    /** Objects a CASCADE of which reaches nothing that holds data. */
    private static final Set<String> NOTHING_DEPENDS = Set.of("subscription", "publication");

    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        switch (statement.kind()) {
            case DROP_TABLE -> statement.targets().forEach(table -> {
                Optional<ChangeSet.Created> created = changeSet.created(table, statement);
                if (created.isPresent() && created.get().scratch()) {
                    // nothing that held data before this change set can depend on a table it created
                    reporter.report(Rule.DROP_SCRATCH_TABLE, statement, "drops scratch table `" + table + "` created at "
                            + changeSet.createdAt(table).orElseThrow() + " in this change set");
                } else {
                    report(reporter, statement, Rule.DROP_TABLE, Rule.DROP_CASCADE, CascadeReach.TABLE,
                            "drops table `" + table + "` and all its rows", created.map(ChangeSet.Created::caveat).orElse(""));
                }
            });
            case DROP_SCHEMA -> statement.targets().forEach(schema -> report(reporter, statement, Rule.DROP_SCHEMA,
                    Rule.DROP_CASCADE, CascadeReach.SCHEMA, "drops schema `" + schema + "`", ""));
            // a database goes with everything in it; PostgreSQL's DROP DATABASE knows no CASCADE
            case DROP_DATABASE -> statement.targets().forEach(database -> reporter.report(Rule.DROP_DATABASE, statement,
                    "drops database `" + database + "`"));
            case DROP_OWNED -> report(reporter, statement, Rule.DROP_OWNED, Rule.DROP_CASCADE, CascadeReach.OWNED,
                    "drops every object owned by " + names(statement), "");
            case DROP_OTHER -> {
                if ("foreign table".equals(statement.objectType())) {
                    statement.targets().forEach(table -> report(reporter, statement, Rule.DROP_FOREIGN_TABLE,
                            Rule.DROP_CASCADE_DEPENDENTS, CascadeReach.FOREIGN_TABLE, "drops foreign table `" + table
                                    + "`: queries that read it fail (its rows stay on the foreign server)", ""));
                } else if (statement.cascade()) {
                    cascade(statement, reporter);
                }
            }
            default -> {
            }
        }
    }

    /** The statement's own finding; written with CASCADE, it also says what CASCADE takes and speaks for that rule. */
    private static void report(Reporter reporter, Statement statement, Rule rule, Rule cascade, String reach,
                               String message, String caveat) {
        if (statement.cascade()) {
            reporter.report(rule, cascade, statement, message + CascadeReach.clause(reach) + caveat);
        } else {
            reporter.report(rule, statement, message + caveat);
        }
    }

    /** DROP … CASCADE of an object no other rule reports: the CASCADE is the whole alarm. */
    private static void cascade(Statement statement, Reporter reporter) {
        String type = statement.objectType();
        if (NOTHING_DEPENDS.contains(type)) {
            return;
        }
        String dropped = "drops " + type + " " + names(statement) + " with CASCADE: ";
        if (DEPENDENTS.containsKey(type)) {
            reporter.report(Rule.DROP_CASCADE_DEPENDENTS, statement, dropped + DEPENDENTS.get(type));
            return;
        }
        reporter.report(Rule.DROP_CASCADE, statement, dropped + ("type".equals(type) || "domain".equals(type)
                ? "every table column of that type goes too, with its value in every row, and every view and function using it"
                : "every view, foreign key and object that depends on it goes too"));
    }

    private static String names(Statement statement) {
        return statement.targets().stream().map(ObjectName::toString).map(n -> "`" + n + "`")
                .collect(Collectors.joining(", "));
    }
}
