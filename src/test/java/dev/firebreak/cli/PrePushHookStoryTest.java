package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.git.HookInstaller;
import dev.firebreak.git.LeasePush;
import dev.firebreak.git.PushResult;
import dev.firebreak.git.Repositories;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.prepush.Verdict;
import dev.firebreak.testing.GitRepo;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories of the issue: a real {@code git push} runs the real installed hook, which runs this build. */
class PrePushHookStoryTest {
    @TempDir
    Path tmp;

    GitRepo repo;

    @BeforeEach
    void installHook() {
        repo = GitRepo.withRemote(tmp);
        install(repo, Launchers.testClasspath());
    }

    private static void install(GitRepo repo, List<String> launcher) {
        try (Repository repository = Repositories.open(repo.dir())) {
            new HookInstaller(repository, launcher).install();
        }
    }

    @Test
    void aForcePushThatRewritesMainIsBlockedAndTheRemoteIsUnchanged() {
        String remoteMain = repo.pushThenRewriteMain();

        ProcessResult push = repo.gitResult(Map.of(), "push", "--force", "origin", "main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.stderr()).contains("firebreak: on main → pushing to origin/main with force")
                .contains("FAIL  Protected target")
                .contains("forced update of protected origin/main would rewrite its history")
                .contains("Verdict: BLOCK")
                .contains("firebreak: push blocked");
        assertThat(repo.remoteSha("main")).isEqualTo(remoteMain);
    }

    @Test
    void aForceWithLeasePushOfAFeatureBranchPasses() {
        repo.git("checkout", "-q", "-b", "feature/checkout-redesign");
        repo.commit("checkout.txt", "v1\n", "Checkout v1");
        assertThat(repo.gitResult(Map.of(), "push", "-u", "origin", "feature/checkout-redesign").exitCode()).isZero();
        repo.git("commit", "-q", "--amend", "-m", "Checkout v1, reworded");

        ProcessResult push = repo.gitResult(Map.of(), "push", "--force-with-lease", "origin", "feature/checkout-redesign");

        assertThat(push.exitCode()).as(push.stderr()).isZero();
        assertThat(push.stderr()).contains("PASS  Lease").contains("with lease").contains("WARN  Force").contains("discards 1 commit").contains("Verdict: ALLOW");
        assertThat(repo.remoteSha("feature/checkout-redesign")).isEqualTo(repo.head());
    }

    @Test
    void anOverrideWithAReasonGetsThroughAndIsRecordedInTheAuditLog() throws Exception {
        repo.pushThenRewriteMain();
        String reason = "restore main after the bad rebase, approved by Ana";

        ProcessResult push = repo.gitResult(Map.of("FIREBREAK_OVERRIDE", reason), "push", "--force", "origin", "main");

        assertThat(push.exitCode()).as(push.stderr()).isZero();
        assertThat(push.stderr()).contains("let through by override \"" + reason + "\"");
        assertThat(repo.remoteSha("main")).isEqualTo(repo.head());
        List<String> audit = Files.readAllLines(repo.firebreakHome().resolve("audit.log"));
        assertThat(audit).hasSize(1);
        JsonNode entry = new ObjectMapper().readTree(audit.get(0));
        assertThat(entry.get("event").asText()).isEqualTo("push-override");
        assertThat(entry.get("reason").asText()).isEqualTo(reason);
        assertThat(entry.get("headline").asText()).isEqualTo("on main → pushing to origin/main with force");
        assertThat(entry.get("failed").get(0).asText()).startsWith("protected-target: forced update");
        try (Journal journal = Journal.local(new FirebreakHome(repo.firebreakHome()), Clock.systemUTC())) {
            assertThat(journal.entries()).singleElement().satisfies(journaled -> {
                assertThat(journaled.text()).isEqualTo("Blocked push overridden (on main → pushing to origin/main with force): " + reason);
                assertThat(journaled.source()).isEqualTo(EntrySource.PREPUSH);
            });
        }
    }

    @Test
    void aChainedHookRunsFirstAndCanStopThePush() throws Exception {
        Path local = repo.dir().resolve(".git/hooks/pre-push.local");
        Files.writeString(local, "#!/bin/sh\nread line\necho \"team hook saw: $line\" >&2\nexit 1\n");
        local.toFile().setExecutable(true);
        String before = repo.remoteSha("main");
        repo.commit("a.txt", "a\n", "A");

        ProcessResult push = repo.gitResult(Map.of(), "push", "origin", "main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.stderr()).contains("team hook saw: refs/heads/main " + repo.head()).doesNotContain("Verdict");
        assertThat(repo.remoteSha("main")).isEqualTo(before);
    }

    @Test
    void aMissingLauncherBlocksWithAClearMessage() {
        install(repo, List.of(tmp.resolve("nowhere/bin/firebreak").toString()));
        repo.commit("a.txt", "a\n", "A");

        ProcessResult push = repo.gitResult(Map.of(), "push", "origin", "main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.stderr()).contains("firebreak: cannot find " + tmp.resolve("nowhere/bin/firebreak"));
    }

    @Test
    void theConsolesReviewedPushIsNotCheckedAgainByTheHook() throws Exception {
        repo.pushThenRewriteMain();
        Checklist checklist = PushGuard.forUpstream(repo.dir(), null, Optional.empty(),
                LocalBackupStore.in(new FirebreakHome(repo.firebreakHome())), Clock.systemUTC());
        assertThat(checklist.verdict()).isEqualTo(Verdict.BLOCK);
        AuditLog audit = new AuditLog(new FirebreakHome(repo.firebreakHome()));
        new PushOverride(audit, new EventBus(), Clock.systemUTC()).record(repo.dir(), checklist, "typed in the console");

        PushResult result = LeasePush.of(repo.dir(), checklist.plan()).call(ProgressMonitor.NONE);

        assertThat(result.outcome()).as(result.message()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(repo.remoteSha("main")).isEqualTo(repo.head());
        assertThat(Files.readAllLines(audit.file())).hasSize(1); // the hook saw the reviewed plan and recorded nothing more
    }

    @Test
    void creatingAndDeletingAFeatureBranchGoThrough() {
        repo.git("checkout", "-q", "-b", "feature/x");
        repo.commit("x.txt", "x\n", "X");

        ProcessResult create = repo.gitResult(Map.of(), "push", "origin", "feature/x");
        ProcessResult delete = repo.gitResult(Map.of(), "push", "origin", "--delete", "feature/x");

        assertThat(create.exitCode()).as(create.stderr()).isZero();
        assertThat(create.stderr()).contains("on feature/x → creating origin/feature/x");
        assertThat(delete.exitCode()).as(delete.stderr()).isZero();
        assertThat(delete.stderr()).contains("deleting origin/feature/x");
        assertThat(repo.remoteSha("feature/x")).isEmpty();
    }

    @Test
    void aPushToMainCarryingDropTableIsBlocked() {
        repo.commit("db/migrate/20261201_drop_customers.sql", "DROP TABLE IF EXISTS customers;\n", "Clean up old tables");
        String before = repo.remoteSha("main");

        ProcessResult push = repo.gitResult(Map.of(), "push", "origin", "main");

        assertThat(push.exitCode()).isNotZero();
        assertThat(push.stderr()).contains("FAIL  Destructive SQL").contains("db/migrate/20261201_drop_customers.sql:1");
        assertThat(repo.remoteSha("main")).isEqualTo(before);
    }
}
