package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.Statement;

/** One family of rules: looks at a statement, in change-set order, and reports what it finds. */
public interface Check {
    void inspect(Statement statement, ChangeSet changeSet, Reporter reporter);
}
