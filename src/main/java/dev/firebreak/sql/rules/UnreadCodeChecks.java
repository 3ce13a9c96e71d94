package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import dev.firebreak.sql.statement.Statement;

/**
 * Code a migration runs that the analyzer cannot fully read (Django's {@code RunPython}): a warning naming the
 * function, so a reviewer reads it, since no finding about its rows can prove it harmless.
 */
public final class UnreadCodeChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        if (statement.kind() != StatementKind.RUN_CODE) {
            return;
        }
        for (ObjectName function : statement.targets()) {
            String what = function.name().equals("lambda") ? "a lambda" : "`" + function.name() + "()`";
            reporter.report(Rule.RUN_PYTHON, statement, "runs " + what
                    + " in Python: only its ORM deletes and updates of every row and its raw SQL were checked, review the rest");
        }
    }
}
