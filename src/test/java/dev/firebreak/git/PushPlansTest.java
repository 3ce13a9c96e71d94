package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushPlansTest {
    @TempDir
    Path tmp;

    private static <T> T with(GitRepo repo, Function<Repository, T> action) {
        try (Repository repository = Repositories.open(repo.dir())) {
            return action.apply(repository);
        }
    }

    @Test
    void aNewCommitOnMainIsAFastForwardToItsUpstream() {
        GitRepo repo = GitRepo.withRemote(tmp);
        String before = repo.head();
        String after = repo.commit("app.txt", "v2\n", "Change app");

        PushPlan plan = with(repo, r -> PushPlans.forUpstream(r, null));

        assertThat(plan.remoteName()).isEqualTo("origin");
        assertThat(plan.remoteUrl()).isEqualTo(repo.remoteUrl());
        assertThat(plan.updates()).containsExactly(new RefUpdate("refs/heads/main", after, "refs/heads/main", before, UpdateKind.FAST_FORWARD));
        assertThat(plan.trackedSha("refs/heads/main")).contains(before);
    }

    @Test
    void aRewrittenMainIsForcedAndABranchTheRemoteLacksIsCreated() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.pushThenRewriteMain();
        assertThat(with(repo, r -> PushPlans.forUpstream(r, null)).updates().get(0).kind()).isEqualTo(UpdateKind.FORCED);

        repo.git("checkout", "-q", "-b", "feature/login");
        repo.commit("login.txt", "form\n", "Login form");
        RefUpdate create = with(repo, r -> PushPlans.forUpstream(r, null)).updates().get(0);
        assertThat(create.kind()).isEqualTo(UpdateKind.CREATE);
        assertThat(create.remoteRef()).isEqualTo("refs/heads/feature/login");
        assertThat(create.remoteExists()).isFalse();
    }

    @Test
    void anUpstreamWithAnotherNameIsTheTarget() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("checkout", "-q", "-b", "topic", "--track", "origin/main");
        repo.commit("t.txt", "t\n", "Topic work");

        RefUpdate update = with(repo, r -> PushPlans.forUpstream(r, null)).updates().get(0);

        assertThat(update.localRef()).isEqualTo("refs/heads/topic");
        assertThat(update.remoteRef()).isEqualTo("refs/heads/main");
    }

    @Test
    void withoutARemoteThereIsNothingToPushTo() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("remote", "remove", "origin");
        assertThatThrownBy(() -> with(repo, r -> PushPlans.forUpstream(r, null)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("no remote").hasMessageContaining("git remote add");
        GitRepo other = GitRepo.withRemote(tmp.resolve("x"));
        assertThatThrownBy(() -> with(other, r -> PushPlans.forUpstream(r, "upstream")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("No remote named 'upstream'");
    }

    @Test
    void hookInputIsClassifiedLineByLine() {
        GitRepo repo = GitRepo.withRemote(tmp);
        String base = repo.head();
        String next = repo.commit("a.txt", "a\n", "A");
        List<String> lines = List.of(
                "refs/heads/main " + next + " refs/heads/main " + base,
                "(delete) " + RefUpdate.ZERO + " refs/heads/old " + base,
                "refs/heads/main " + next + " refs/heads/new " + RefUpdate.ZERO,
                "refs/heads/main " + base + " refs/heads/back " + next,
                "");

        PushPlan plan = with(repo, r -> PushPlans.fromHookInput(r, "origin", repo.remoteUrl(), lines));

        assertThat(plan.updates()).extracting(RefUpdate::kind)
                .containsExactly(UpdateKind.FAST_FORWARD, UpdateKind.DELETE, UpdateKind.CREATE, UpdateKind.FORCED);
    }

    @Test
    void aTokenInARemoteUrlIsNeverShown() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("remote", "add", "mirror", "https://ana:s3cret-token@git.example.invalid/shop.git");
        String url = "https://ana:s3cret-token@git.example.invalid/shop.git";
        List<String> lines = List.of("refs/heads/main " + repo.head() + " refs/heads/main " + RefUpdate.ZERO);

        PushPlan hookPlan = with(repo, r -> PushPlans.fromHookInput(r, url, url, lines));
        PushPlan upstream = with(repo, r -> PushPlans.forUpstream(r, "mirror"));

        assertThat(hookPlan.remoteName()).isEqualTo("https://ana:***@git.example.invalid/shop.git");
        assertThat(hookPlan.remoteUrl()).isEqualTo("https://ana:***@git.example.invalid/shop.git");
        assertThat(upstream.remoteName()).isEqualTo("mirror");
        assertThat(upstream.remoteUrl()).startsWith("https://ana").doesNotContain("s3cret");
    }

    @Test
    void garbageOnStdinIsReportedNotGuessed() {
        GitRepo repo = GitRepo.withRemote(tmp);
        assertThatThrownBy(() -> with(repo, r -> PushPlans.fromHookInput(r, "origin", "u", List.of("refs/heads/main abc"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Unexpected pre-push input");
    }

    @Test
    void theHashChangesWithTheRemoteShaSoAStaleReviewIsNotReused() {
        RepositoryState state = new RepositoryState("main", "a".repeat(40), false, false, false);
        RefUpdate update = new RefUpdate("refs/heads/main", "a".repeat(40), "refs/heads/main", "b".repeat(40), UpdateKind.FORCED);
        PushPlan plan = new PushPlan("origin", "u", state, List.of(update), java.util.Map.of());
        PushPlan sameShaOtherName = new PushPlan("origin", "u", state,
                List.of(new RefUpdate("a".repeat(40), "a".repeat(40), "refs/heads/main", "b".repeat(40), UpdateKind.FORCED)), java.util.Map.of());
        PushPlan moved = new PushPlan("origin", "u", state,
                List.of(new RefUpdate("refs/heads/main", "a".repeat(40), "refs/heads/main", "c".repeat(40), UpdateKind.FORCED)), java.util.Map.of());

        assertThat(plan.hash()).isEqualTo(sameShaOtherName.hash()).isNotEqualTo(moved.hash());
    }
}
