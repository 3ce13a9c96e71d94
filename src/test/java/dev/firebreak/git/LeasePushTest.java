package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pushing the reviewed plan, through the system git and through JGit, against a real remote. */
class LeasePushTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> transports() {
        BiFunction<Path, PushPlan, LeasePush> system = LeasePush::of;
        BiFunction<Path, PushPlan, LeasePush> jgit = LeasePush::withJGit;
        return Stream.of(Arguments.of("system git", system), Arguments.of("JGit", jgit));
    }

    private static PushPlan reviewUpstream(GitRepo repo) {
        return reviewUpstream(repo.dir());
    }

    private static PushPlan reviewUpstream(Path dir) {
        try (Repository repository = Repositories.open(dir)) {
            return PushPlans.forUpstream(repository, null);
        }
    }

    /** A feature branch on the remote, and a local rewrite of it: the forced update to review. */
    private GitRepo rewrittenFeature() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("src/app.txt", "app\n", "App");
        repo.git("push", "-q", "origin", "main");
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("f.txt", "1\n", "F1");
        repo.git("push", "-q", "-u", "origin", "feature");
        repo.git("commit", "-q", "--amend", "-m", "F1 reworded");
        return repo;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aForcedUpdateWhoseLeaseHoldsIsPushed(String name, BiFunction<Path, PushPlan, LeasePush> transport) {
        GitRepo repo = rewrittenFeature();
        Path subfolder = repo.dir().resolve("src"); // the console may have been opened on a subfolder
        PushPlan plan = reviewUpstream(subfolder);
        assertThat(plan.updates().get(0).kind()).isEqualTo(UpdateKind.FORCED);

        List<String> progress = new CopyOnWriteArrayList<>();
        PushResult result = transport.apply(subfolder, plan).call(new ProgressMonitor() {
            @Override
            public void update(String message, long done, long total) {
                progress.add(message + " " + done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertThat(result.outcome()).as(result.message()).isEqualTo(PushResult.Outcome.PUSHED);
        assertThat(repo.remoteSha("feature")).isEqualTo(repo.head());
        assertThat(progress).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void whenSomeonePushedSinceTheReviewNothingIsPushed(String name, BiFunction<Path, PushPlan, LeasePush> transport) {
        GitRepo repo = rewrittenFeature();
        PushPlan plan = reviewUpstream(repo);
        GitRepo colleague = repo.cloneAs(tmp.resolve("colleague"));
        colleague.git("checkout", "-q", "feature");
        String theirs = colleague.commit("g.txt", "theirs\n", "Colleague's fix");
        colleague.git("push", "-q", "origin", "feature");
        repo.git("fetch", "-q"); // a background fetch: a lease on the tracking ref alone would now pass

        PushResult result = transport.apply(repo.dir(), plan).call(ProgressMonitor.NONE);

        assertThat(result.outcome()).as(result.message()).isEqualTo(PushResult.Outcome.REMOTE_MOVED);
        assertThat(result.message()).isEqualTo("Someone pushed since you reviewed — fetch and review again. Nothing was pushed.");
        assertThat(repo.remoteSha("feature")).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aNewBranchIsNotCreatedOverOneThatAppearedMeanwhile(String name, BiFunction<Path, PushPlan, LeasePush> transport) {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("checkout", "-q", "-b", "hotfix");
        repo.commit("h.txt", "mine\n", "My hotfix");
        PushPlan plan = reviewUpstream(repo);
        GitRepo colleague = repo.cloneAs(tmp.resolve("colleague"));
        colleague.git("checkout", "-q", "-b", "hotfix");
        String theirs = colleague.commit("h.txt", "theirs\n", "Their hotfix");
        colleague.git("push", "-q", "origin", "hotfix");

        PushResult result = transport.apply(repo.dir(), plan).call(ProgressMonitor.NONE);

        assertThat(result.outcome()).isEqualTo(PushResult.Outcome.REMOTE_MOVED);
        assertThat(repo.remoteSha("hotfix")).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void theReviewedShaIsPushedEvenIfTheBranchMovedOnLocally(String name, BiFunction<Path, PushPlan, LeasePush> transport) {
        GitRepo repo = GitRepo.withRemote(tmp);
        String reviewed = repo.commit("a.txt", "a\n", "Reviewed");
        PushPlan plan = reviewUpstream(repo);
        repo.commit("b.txt", "b\n", "Not reviewed yet");

        assertThat(transport.apply(repo.dir(), plan).call(ProgressMonitor.NONE).pushed()).isTrue();
        assertThat(repo.remoteSha("main")).isEqualTo(reviewed);
    }
}
