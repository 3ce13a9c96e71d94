package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.GitRepo;
import dev.firebreak.testing.StoredBackups;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook's backup check reads the backups of the home it was given, not whatever {@code $FIREBREAK_HOME} says. */
class PrePushHookHomeTest {
    @TempDir
    Path tmp;

    @Test
    void aFreshVerifiedBackupInTheHooksHomeLetsAMigrationGoToMain() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp.resolve("repo"));
        repo.commit(".firebreak.yml", "backup: {profile: shop, maxAgeHours: 24}\nmigrations: [\"db/migrate/*.sql\"]\n", "Policy");
        repo.git("push", "-q", "origin", "main");
        String before = repo.remoteSha("main");
        String migration = repo.commit("db/migrate/1.sql", "select 1;\n", "Migration");
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        Clock clock = Clock.systemUTC();
        StoredBackups.commit(LocalBackupStore.in(home), "shop", "fresh", clock.instant().minus(Duration.ofHours(1)),
                List.of(Verification.of(clock.instant(), VerificationKind.RESTORE, true, "matched")));
        StringWriter err = new StringWriter();

        int exit = new PrePushHook(home, name -> null, clock).run(repo.dir(), "origin", repo.remoteUrl(),
                List.of("refs/heads/main " + migration + " refs/heads/main " + before), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(err.toString()).contains("newest backup of 'shop' (fresh) is 1 h old");
    }
}
