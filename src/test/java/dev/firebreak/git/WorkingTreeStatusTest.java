package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.GitRepo;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path (system git) and the fallback (JGit) must tell the user the same thing. */
class WorkingTreeStatusTest {
    @TempDir
    Path tmp;

    @Test
    void systemGitAndJGitAgreeOnWhatStaysBehind() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("src/a.txt", "a\n", "A");
        repo.commit("src/b.txt", "b\n", "B");
        repo.write("src/a.txt", "changed\n");
        repo.git("mv", "src/b.txt", "src/renamed b.txt");
        repo.write("src/new.txt", "new\n");
        repo.write("scratch/x.txt", "mine\n");
        repo.write("staged.txt", "staged\n");
        repo.git("add", "staged.txt");

        try (Repository repository = Repositories.open(repo.dir())) {
            WorkingTreeStatus viaGit = PorcelainStatus.read(GitExecutable.onPath().orElseThrow(), repo.dir()).orElseThrow();
            WorkingTreeStatus viaJGit = WorkingTreeStatus.withJGit(repository);

            assertThat(viaGit.uncommitted()).containsExactly("src/a.txt", "src/renamed b.txt", "staged.txt");
            assertThat(viaGit.untracked()).containsExactly("src/new.txt");
            assertThat(viaJGit.uncommitted()).contains("src/a.txt", "src/renamed b.txt", "staged.txt");
            assertThat(viaJGit.untracked()).isEqualTo(viaGit.untracked());
        }
    }
}
