package dev.firebreak.prepush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.Repositories;
import dev.firebreak.testing.GitRepo;
import dev.firebreak.testing.StoredBackups;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration going to main needs a fresh, verified backup of the policy's profile in the real catalog. */
class BackupCheckTest {
    @TempDir
    Path tmp;

    GitRepo repo;
    LocalBackupStore store;

    @BeforeEach
    void migrationOnMainWithABackupPolicy() {
        repo = GitRepo.withRemote(tmp.resolve("repo"));
        repo.commit(".firebreak.yml", "backup: {profile: shop, maxAgeHours: 24}\nmigrations: [\"db/migrate/*.sql\"]\n", "Policy");
        repo.git("push", "-q", "origin", "main");
        repo.commit("db/migrate/1.sql", "select 1;\n", "Migration");
        store = new LocalBackupStore(tmp.resolve("backups"));
    }

    @Test
    void noBackupAtAllFailsAndSaysHowToMakeOne() {
        CheckResult result = backupCheck();

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary()).isEqualTo("no backup of 'shop' exists — make one: firebreak backup --profile shop --label pre-push");
        assertThat(result.details()).containsExactly("db/migrate/1.sql");
    }

    @Test
    void aBackupOlderThanThePolicyAllowsFails() throws IOException {
        backup("old", Duration.ofHours(30), List.of(Verification.of(now(), VerificationKind.RESTORE, true, "ok")));

        CheckResult result = backupCheck();

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.summary()).startsWith("newest backup of 'shop' (old) is 30 h old, more than the 24 h allowed");
    }

    @Test
    void aFreshBackupNeverVerifiedWarnsAndAVerifiedOnePasses() throws IOException {
        backup("unverified", Duration.ofHours(2), List.of());
        CheckResult unverified = backupCheck();
        backup("verified", Duration.ofHours(1), List.of(Verification.of(now(), VerificationKind.RESTORE, true, "ok")));

        CheckResult verified = backupCheck();

        assertThat(unverified.status()).isEqualTo(CheckStatus.WARN);
        assertThat(unverified.summary()).contains("never verified: firebreak verify unverified");
        assertThat(verified.status()).isEqualTo(CheckStatus.PASS);
        assertThat(verified.summary()).isEqualTo("newest backup of 'shop' (verified) is 1 h old, restore verification passed");
    }

    @Test
    void aFreshBackupThatFailedItsLastVerificationFails() throws IOException {
        backup("broken", Duration.ofHours(1), List.of(Verification.of(now(), VerificationKind.QUICK, false, "archive is damaged")));

        assertThat(backupCheck().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(backupCheck().summary()).contains("failed its last verification: archive is damaged");
    }

    @Test
    void theSafetyCopyOfARestoreIsNotTheNewestBackup() throws IOException {
        backup("verified", Duration.ofHours(1), List.of(Verification.of(now(), VerificationKind.RESTORE, true, "ok")));
        backup("safety", Duration.ofMinutes(5), List.of(), BackupLabel.PRE_RESTORE);

        CheckResult check = backupCheck();

        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(check.summary()).isEqualTo("newest backup of 'shop' (verified) is 1 h old, restore verification passed");
    }

    private CheckResult backupCheck() {
        try (Repository repository = Repositories.open(repo.dir())) {
            return PushGuard.forRepository(repository, Optional.empty(), store, PushGuardTest.CLOCK)
                    .evaluate(PushPlans.forUpstream(repository, null)).check("backup").orElseThrow();
        }
    }

    /** A real (tiny) archive committed to the store, finished {@code age} before the checklist's clock. */
    private void backup(String id, Duration age, List<Verification> verifications) throws IOException {
        backup(id, age, verifications, BackupLabel.MANUAL);
    }

    private void backup(String id, Duration age, List<Verification> verifications, BackupLabel label) throws IOException {
        StoredBackups.commit(store, "shop", id, now().minus(age), label, verifications);
    }

    private static Instant now() {
        return PushGuardTest.CLOCK.instant();
    }
}
