package dev.firebreak.prepush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.RefUpdate;
import dev.firebreak.git.Repositories;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist on real repositories, in the situations people actually push from. */
class PushGuardTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static Checklist upstream(GitRepo repo) {
        return upstream(repo, Optional.empty());
    }

    static Checklist upstream(GitRepo repo, Optional<SqlScanner> scanner) {
        return PushGuard.forUpstream(repo.dir(), null, scanner, backups(repo), CLOCK);
    }

    /** The repository's own (empty) Firebreak home: these checks are not about backups. */
    private static LocalBackupStore backups(GitRepo repo) {
        return LocalBackupStore.in(new FirebreakHome(repo.firebreakHome()));
    }

    static Checklist hook(GitRepo repo, String... lines) {
        try (Repository repository = Repositories.open(repo.dir())) {
            PushPlan plan = PushPlans.fromHookInput(repository, "origin", repo.remoteUrl(), List.of(lines));
            return PushGuard.forRepository(repository, Optional.empty(), backups(repo), CLOCK).evaluate(plan);
        }
    }

    static CheckResult check(Checklist checklist, String id) {
        return checklist.check(id).orElseThrow();
    }

    @Test
    void aFastForwardOfMainIsAllowedButFlaggedAsDeploying() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("app.txt", "one\ntwo\n", "Add app");

        Checklist checklist = upstream(repo);

        assertThat(checklist.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(checklist.headline()).isEqualTo("on main → pushing to origin/main");
        assertThat(check(checklist, "protected-target").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(checklist, "protected-target").summary()).contains("this branch deploys");
        assertThat(check(checklist, "outgoing").summary()).isEqualTo("1 commit by Ana Dev; 1 file (+2 −0)");
        assertThat(check(checklist, "destructive-sql").status()).isEqualTo(CheckStatus.SKIP);
        assertThat(check(checklist, "backup").summary()).isEqualTo("no backup policy in .firebreak.yml");
        assertThat(checklist.checks()).extracting(CheckResult::id).containsExactly("branch-target", "protected-target",
                "force", "lease", "outgoing", "destructive-sql", "backup", "working-tree");
    }

    @Test
    void anUpToDateBranchHasNothingToSayAndPushesNothing() {
        GitRepo repo = GitRepo.withRemote(tmp);

        Checklist checklist = upstream(repo);

        assertThat(checklist.headline()).isEqualTo("on main → origin/main is up to date");
        assertThat(checklist.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(check(checklist, "protected-target").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(checklist, "outgoing").summary()).isEqualTo("no new commits leave");
    }

    @Test
    void rewritingMainIsBlocked() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.pushThenRewriteMain();

        Checklist checklist = upstream(repo);

        assertThat(checklist.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(checklist.headline()).isEqualTo("on main → pushing to origin/main with force");
        assertThat(check(checklist, "protected-target").summary()).isEqualTo("forced update of protected origin/main would rewrite its history");
        // the lease holds (the remote is what was fetched), but the force itself is a FAIL naming what it throws away
        assertThat(check(checklist, "lease").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(checklist, "force").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(checklist, "force").summary()).startsWith("discards 1 commit on protected origin/main: ");
    }

    @Test
    void deletingAProtectedBranchIsBlockedAndAFeatureBranchIsNot() {
        GitRepo repo = GitRepo.withRemote(tmp);
        String sha = repo.head();
        String delete = "(delete) " + RefUpdate.ZERO + " refs/heads/";

        Checklist main = hook(repo, delete + "main " + sha);
        Checklist release = hook(repo, delete + "release/2.1 " + sha);
        Checklist feature = hook(repo, delete + "feature/x " + sha);

        assertThat(main.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(check(main, "protected-target").summary()).isEqualTo("deleting protected origin/main");
        assertThat(release.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(feature.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(feature.headline()).endsWith("deleting origin/feature/x");
    }

    @Test
    void aNewBranchListsOnlyItsOwnCommits() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("a.txt", "a\n", "On main");
        repo.git("push", "-q", "origin", "main");
        repo.git("checkout", "-q", "-b", "feature/checkout-redesign");
        repo.commit("b.txt", "b\n", "Redesign checkout");

        Checklist checklist = upstream(repo);

        assertThat(checklist.plan().updates().get(0).kind()).isEqualTo(dev.firebreak.git.UpdateKind.CREATE);
        assertThat(checklist.headline()).isEqualTo("on feature/checkout-redesign → creating origin/feature/checkout-redesign");
        assertThat(checklist.outgoing().commits()).extracting(c -> c.subject()).containsExactly("Redesign checkout");
        assertThat(checklist.outgoing().files()).extracting(f -> f.path()).containsExactly("b.txt");
        assertThat(checklist.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void binaryFilesAndSubmodulesAreListedWithoutLineCounts() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        GitRepo library = GitRepo.withRemote(tmp.resolve("library"));
        java.nio.file.Files.write(repo.dir().resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.remoteUrl(), "lib/library");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "Logo and library");

        List<String> details = check(upstream(repo), "outgoing").details();

        assertThat(details).contains("added logo.png (binary or too large to count)", "added lib/library (submodule)",
                "added .gitmodules +3 −0");
    }

    @Test
    void aBranchGoingToARemoteBranchOfAnotherNameIsAWarning() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("checkout", "-q", "-b", "topic", "--track", "origin/main");
        repo.commit("t.txt", "t\n", "Topic");

        CheckResult branch = check(upstream(repo), "branch-target");

        assertThat(branch.status()).isEqualTo(CheckStatus.WARN);
        assertThat(branch.summary()).isEqualTo("local branch topic goes to origin/main, a branch with another name");
    }

    @Test
    void aDetachedHeadAndAnUnbornBranchAreSaidPlainly() {
        GitRepo repo = GitRepo.withRemote(tmp);
        String sha = repo.head();
        repo.git("checkout", "-q", "--detach");
        Checklist detached = upstream(repo);
        repo.git("checkout", "-q", "--orphan", "fresh");
        Checklist unborn = upstream(repo);

        assertThat(check(detached, "branch-target").summary())
                .isEqualTo("on detached HEAD at " + sha.substring(0, 7) + ": there is no branch with commits to push");
        assertThat(detached.headline()).isEqualTo("on detached HEAD at " + sha.substring(0, 7) + " → nothing to push");
        assertThat(check(unborn, "branch-target").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(unborn, "branch-target").summary()).contains("unborn branch fresh (no commits yet)");
    }

    /** main and side both change x.txt: merging or rebasing them stops on a conflict. */
    private GitRepo conflictingSideBranch() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("checkout", "-q", "-b", "side");
        repo.commit("x.txt", "side\n", "Side");
        repo.git("checkout", "-q", "main");
        repo.commit("x.txt", "main\n", "Main");
        return repo;
    }

    @Test
    void aMergeInProgressIsReported() {
        GitRepo repo = conflictingSideBranch();
        repo.gitResult(java.util.Map.of(), "merge", "side"); // conflicts: the merge stays in progress

        CheckResult branch = check(upstream(repo), "branch-target");

        assertThat(branch.status()).isEqualTo(CheckStatus.WARN);
        assertThat(branch.summary()).startsWith("a merge is in progress");
    }

    @Test
    void aRebaseStoppedOnAConflictIsReported() {
        GitRepo repo = conflictingSideBranch();
        repo.gitResult(java.util.Map.of(), "rebase", "side"); // stops on the conflict

        CheckResult branch = check(upstream(repo), "branch-target");

        assertThat(branch.status()).isEqualTo(CheckStatus.WARN);
        assertThat(branch.summary()).isEqualTo("a rebase is in progress: finish it (git rebase --continue) or abort it first");
        assertThat(branch.details()).anyMatch(line -> line.startsWith("on detached HEAD"));
    }

    @Test
    void uncommittedAndUntrackedFilesInTrackedFoldersWarn() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("src/app.txt", "v1\n", "App");
        assertThat(check(upstream(repo), "working-tree").status()).isEqualTo(CheckStatus.PASS);
        repo.write("src/app.txt", "v2, not committed\n");
        repo.write("src/new.txt", "forgotten\n");
        repo.write("scratch/notes.txt", "a new folder of my own\n");

        CheckResult tree = check(upstream(repo), "working-tree");

        assertThat(tree.status()).isEqualTo(CheckStatus.WARN);
        assertThat(tree.summary()).startsWith("what you push is not what you tested");
        assertThat(tree.details()).containsExactly("uncommitted: src/app.txt", "untracked: src/new.txt");
    }

    @Test
    void moreCommitsThanThePolicyAllowsIsPushingWayMoreThanExpected() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit(".firebreak.yml", "maxCommits: 3\n", "Policy");
        for (int i = 1; i <= 3; i++) {
            repo.commit("f" + i + ".txt", i + "\n", "Commit " + i);
        }

        CheckResult outgoing = check(upstream(repo), "outgoing");

        assertThat(outgoing.status()).isEqualTo(CheckStatus.WARN);
        assertThat(outgoing.summary()).startsWith("pushing way more than expected: 4 commits").endsWith("(more than 3 commits)");
        assertThat(outgoing.details()).first().asString().endsWith("Commit 3 (Ana Dev)");
    }

    @Test
    void aForcedFeaturePushPassesOnlyWhileTheFetchedShaIsStillTheRemotes() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("f.txt", "1\n", "F1");
        repo.git("push", "-q", "-u", "origin", "feature");
        String fetched = repo.head();
        repo.git("commit", "-q", "--amend", "-m", "F1 reworded");
        String mine = repo.head();

        Checklist holds = hook(repo, "refs/heads/feature " + mine + " refs/heads/feature " + fetched);
        GitRepo colleague = repo.cloneAs(tmp.resolve("colleague"));
        colleague.git("checkout", "-q", "feature");
        String theirs = colleague.commit("g.txt", "theirs\n", "Colleague's fix");
        colleague.git("push", "-q", "origin", "feature");
        Checklist moved = hook(repo, "refs/heads/feature " + mine + " refs/heads/feature " + theirs);

        assertThat(check(holds, "lease").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(holds, "lease").summary()).contains("with lease");
        assertThat(check(moved, "lease").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(moved, "lease").summary()).contains("someone pushed since; fetch and review");
        // the lease holds, yet the force still discards the commit it replaces: never green
        assertThat(check(holds, "force").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(holds, "force").summary()).isEqualTo("discards 1 commit on origin/feature: " + fetched.substring(0, 7) + " F1");
        assertThat(moved.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aShallowCloneSaysAncestryIsUnknown() {
        GitRepo repo = GitRepo.withRemote(tmp);
        String old = repo.head();
        repo.commit("a.txt", "a\n", "A");
        repo.git("push", "-q", "origin", "main");
        GitRepo shallow = repo.cloneAs(tmp.resolve("shallow"), "--depth", "1");
        shallow.git("checkout", "-q", "-b", "feature");
        String mine = shallow.commit("b.txt", "b\n", "B");

        // the remote's feature is reset to an older commit that the shallow clone never received
        Checklist checklist = hook(shallow, "refs/heads/feature " + mine + " refs/heads/feature " + old);

        assertThat(checklist.plan().state().shallow()).isTrue();
        assertThat(checklist.plan().updates().get(0).kind()).isEqualTo(dev.firebreak.git.UpdateKind.FORCED);
        assertThat(check(checklist, "lease").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(checklist, "lease").summary()).startsWith("shallow clone: whether origin/feature");
        assertThat(check(checklist, "force").summary()).startsWith("rewrites origin/feature: its commit " + old.substring(0, 7)
                + " is not here");
    }
}
