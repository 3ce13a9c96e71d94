package dev.firebreak.prepush;

import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.core.RepoPolicy.BackupRequirement;
import dev.firebreak.core.RepoPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * 6. Migrations reaching a protected branch need a fresh backup of the policy's database: FAIL when the newest
 * real backup (not a pre-restore safety copy) is missing, older than {@code maxAgeHours} or failed its last verification; WARN when it was never verified.
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
        String makeOne = " — make one: firebreak backup --profile " + required.profile() + " --label pre-push";
        // a safety copy taken before a restore holds the database as it was then (often the broken one): not a backup to rely on
        Optional<BackupManifest> newest = context.backups().list(required.profile()).stream()
                .filter(backup -> backup.label() != BackupLabel.PRE_RESTORE).findFirst();
        if (newest.isEmpty()) {
            return CheckResult.of(this, CheckStatus.FAIL, "no backup of '" + required.profile() + "' exists" + makeOne, migrations);
        }
        BackupManifest backup = newest.get();
        long hours = Duration.between(backup.finishedAt(), context.now()).toHours();
        String age = "newest backup of '" + required.profile() + "' (" + backup.id() + ") is " + hours + " h old";
        if (hours >= required.maxAgeHours()) {
            return CheckResult.of(this, CheckStatus.FAIL, age + ", more than the " + required.maxAgeHours() + " h allowed" + makeOne,
                    migrations);
        }
        Optional<Verification> last = backup.verifications().stream().reduce((first, second) -> second);
        if (last.isPresent() && !last.get().passed()) {
            return CheckResult.of(this, CheckStatus.FAIL, age + " but failed its last verification: " + last.get().details() + makeOne,
                    migrations);
        }
        if (last.isEmpty()) {
            return CheckResult.of(this, CheckStatus.WARN, age + " but was never verified: firebreak verify " + backup.id(), migrations);
        }
        return CheckResult.of(this, CheckStatus.PASS, age + ", " + last.get().kind() + " verification passed");
    }
}
