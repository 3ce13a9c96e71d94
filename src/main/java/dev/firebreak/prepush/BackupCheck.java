package dev.firebreak.prepush;

import dev.firebreak.core.RepoPolicy;
import dev.firebreak.core.RepoPolicy.BackupRequirement;
import java.util.List;

/**
 * 6. Migrations reaching a protected branch need a fresh backup of the policy's database. Firebreak cannot make
 * or list backups yet, so when one is required this says so plainly (SKIP) instead of pretending.
 */
final class BackupCheck extends Check {
    BackupCheck() {
        super("backup", "Backup");
    }

    @Override
    CheckResult run(PushContext context) {
        BackupRequirement required = context.policy().backup();
        if (required == null) {
            return CheckResult.of(this, CheckStatus.SKIP, "no backup policy in " + RepoPolicy.FILE_NAME);
        }
        List<String> migrations = context.migrationFiles();
        if (migrations.isEmpty() || !context.touchesProtectedBranch()) {
            return CheckResult.of(this, CheckStatus.PASS, "no migrations go to a protected branch: no backup needed");
        }
        return CheckResult.of(this, CheckStatus.SKIP, "backups are not available in Firebreak yet: cannot verify a backup of '"
                + required.profile() + "' younger than " + required.maxAgeHours() + " h — make one yourself before this deploys",
                migrations);
    }
}
