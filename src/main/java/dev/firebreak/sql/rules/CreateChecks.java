package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;

/**
 * CREATE INDEX that blocks writes. (A CREATE TABLE of a table this change set dropped is reported on the DROP, see
 * {@link ChangeSet#takeRecreations}: one finding per destructive statement, on that statement.)
 */
public final class CreateChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        if (statement.kind() == StatementKind.CREATE_INDEX && !statement.concurrently()) {
            ObjectName table = statement.targets().get(0);
            if (!changeSet.isNew(table)) {
                reporter.report(Rule.CREATE_INDEX_NOT_CONCURRENTLY, statement, "creates an index on `" + table
                        + "` without CONCURRENTLY: writes to `" + table + "` block until it is built");
            }
        }
    }
}
