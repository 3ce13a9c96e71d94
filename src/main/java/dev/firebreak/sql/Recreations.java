package dev.firebreak.sql;

import dev.firebreak.sql.rules.CascadeReach;
import dev.firebreak.sql.rules.ChangeSet;
import dev.firebreak.sql.rules.Rule;
import dev.firebreak.sql.rules.Suppressions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the DROP TABLE finding of a table the change set creates again into a drop-and-recreate finding on the same
 * statement: one finding per destructive statement, on that statement, however many files lie between the two. A
 * DROP … CASCADE keeps saying what CASCADE takes, and keeps that rule's severity when it is the more severe.
 */
final class Recreations {
    private final RuleSettings settings;
    /** Directives of the files read so far: the DROP's file decides whether drop-and-recreate is allowed. */
    private final Map<String, Suppressions> suppressions = new HashMap<>();

    Recreations(RuleSettings settings) {
        this.settings = settings;
    }

    void enter(String file, Suppressions fileSuppressions) {
        suppressions.put(file, fileSuppressions);
    }

    /** Rewrites the findings of the recreations {@code changeSet} recorded since the last call. */
    void apply(ChangeSet changeSet, List<Finding> findings) {
        changeSet.takeRecreations().forEach(recreation -> rewrite(recreation, findings));
    }

    private void rewrite(ChangeSet.Recreation r, List<Finding> findings) {
        String drops = "drops table `" + r.table() + "` ";
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.file().equals(r.file()) && f.line() == r.line() && f.column() == r.column()
                    && f.rule().equals(Rule.DROP_TABLE.id()) && f.message().startsWith(drops)) {
                int index = i;
                Optional<Severity> severe = r.cascade() ? settings.severity(Rule.DROP_AND_RECREATE, Rule.DROP_CASCADE)
                        : settings.severity(Rule.DROP_AND_RECREATE);
                severe.ifPresent(severity -> findings.set(index, new Finding(f.file(),
                        f.line(), f.column(), f.endLine(), Rule.DROP_AND_RECREATE.id(), severity, message(r),
                        Rule.DROP_AND_RECREATE.hint(), f.statement(),
                        f.suppressed() || suppressions.get(r.file()).allows(Rule.DROP_AND_RECREATE, r.line()))));
                return;
            }
        }
    }

    private static String message(ChangeSet.Recreation r) {
        return lost(r) + (r.cascade() ? ", and with CASCADE " + CascadeReach.TABLE : "");
    }

    private static String lost(ChangeSet.Recreation r) {
        return r.filled()
                ? "drops `" + r.table() + "` and recreates it at " + r.createdAt()
                  + ", refilled from a query — rows the query does not bring back are lost"
                : "drops `" + r.table() + "` and recreates it empty at " + r.createdAt() + " — all existing rows are lost";
    }
}
