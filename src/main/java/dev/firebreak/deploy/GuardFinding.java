package dev.firebreak.deploy;

import dev.firebreak.sql.Finding;
import dev.firebreak.sql.Severity;
import java.util.List;

/** One analyzer finding with what the tables it names hold in production right now. */
public record GuardFinding(Finding finding, List<TableRows> tables) {
    public GuardFinding {
        tables = List.copyOf(tables);
    }

    /** An error-level finding destroys stored data: the rules keep warnings for locks and renames, info for scratch. */
    public boolean destructive() {
        return finding.severity() == Severity.ERROR;
    }

    /** Destructive and not allowed in the migration itself by a reviewed {@code firebreak:allow} comment. */
    public boolean needsApproval() {
        return finding.blocking();
    }

    public long rows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }
}
