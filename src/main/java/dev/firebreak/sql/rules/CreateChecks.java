package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;

/** CREATE TABLE of a table this change set dropped (it comes back empty), and CREATE INDEX that blocks writes. */
public final class CreateChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        if (statement.kind() == StatementKind.CREATE_TABLE) {
            ObjectName table = statement.targets().get(0);
            changeSet.droppedAt(table).ifPresent(at -> reporter.report(Rule.DROP_AND_RECREATE, statement,
                    "recreates `" + table + "` empty — all existing rows are lost (dropped at " + at + ")"));
        } else if (statement.kind() == StatementKind.CREATE_INDEX && !statement.concurrently()) {
            ObjectName table = statement.targets().get(0);
            if (!changeSet.isNew(table)) {
                reporter.report(Rule.CREATE_INDEX_NOT_CONCURRENTLY, statement, "creates an index on `" + table
                        + "` without CONCURRENTLY: writes to `" + table + "` block until it is built");
            }
        }
    }
}
