package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import java.util.Optional;

/**
 * TRUNCATE, and DELETE / UPDATE without a WHERE. On a table this change set created (and surely created) it is an
 * info line, so the file's whole effect is listed; on any other table it destroys stored rows.
 */
public final class DataChecks implements Check {
    @Override
    public void inspect(Statement statement, ChangeSet changeSet, Reporter reporter) {
        Rule rule = switch (statement.kind()) {
            case TRUNCATE -> Rule.TRUNCATE;
            case DELETE -> statement.hasWhere() ? null : Rule.DELETE_WITHOUT_WHERE;
            case UPDATE -> statement.hasWhere() ? null : Rule.UPDATE_WITHOUT_WHERE;
            default -> null;
        };
        if (rule == null) {
            return;
        }
        for (ObjectName table : statement.targets()) {
            Optional<ChangeSet.Created> created = changeSet.created(table, statement);
            if (created.isPresent() && created.get().scratch()) {
                reporter.report(Rule.SCRATCH_TABLE, statement, verb(rule) + " `" + table + "`, created at " + created.get().at());
                continue;
            }
            String caveat = created.map(ChangeSet.Created::caveat).orElse("");
            reporter.report(rule, statement, switch (rule) {
                case TRUNCATE -> "empties table `" + table + "`"
                        + (statement.cascade() ? " and, by CASCADE, every table that references it" : "");
                case DELETE_WITHOUT_WHERE -> "deletes every row of `" + table + "`: no WHERE clause restricts it";
                default -> "overwrites every row of `" + table + "`: no WHERE clause restricts it";
            } + caveat);
        }
    }

    private static String verb(Rule rule) {
        return switch (rule) {
            case TRUNCATE -> "truncates";
            case DELETE_WITHOUT_WHERE -> "deletes every row of";
            default -> "overwrites every row of";
        };
    }
}
