package dev.firebreak.prepush;

import dev.firebreak.core.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * 5. Destructive SQL in the outgoing SQL and migration files: error-level findings fail a push to a protected
 * branch (it deploys) and warn elsewhere. The analysis itself belongs to the {@link SqlScanner}.
 */
final class DestructiveSqlCheck extends Check {
    DestructiveSqlCheck() {
        super("destructive-sql", "Destructive SQL");
    }

    @Override
    CheckResult run(PushContext context) {
        if (context.sqlScan().isEmpty()) {
            return CheckResult.of(this, CheckStatus.SKIP, "SQL analyzer not available");
        }
        ScanResult scan = context.sqlScan().get();
        List<String> details = new ArrayList<>();
        scan.findings().forEach(finding -> details.add((finding.error() ? "error " : "") + finding.describe()));
        context.unreadableFiles().forEach(path -> details.add(path + " is not valid UTF-8 text: not analyzed"));
        List<SqlFinding> errors = scan.errors();
        if (!errors.isEmpty()) {
            boolean toProtected = context.touchesProtectedBranch();
            String where = toProtected ? " going to a protected branch" : "";
            return CheckResult.of(this, toProtected ? CheckStatus.FAIL : CheckStatus.WARN,
                    Numbers.of(errors.size(), "destructive statement") + where + ": "
                            + errors.get(0).describe(), details);
        }
        if (!context.unreadableFiles().isEmpty()) {
            return CheckResult.of(this, CheckStatus.WARN, context.unreadableFiles().size()
                    + " changed files could not be read as UTF-8 and were not analyzed", details);
        }
        String summary = scan.migrationFiles().isEmpty() ? "no SQL or migration files in the push"
                : Numbers.of(scan.migrationFiles().size(), "SQL/migration file") + " analyzed, nothing destructive";
        return CheckResult.of(this, CheckStatus.PASS, summary, details);
    }
}
