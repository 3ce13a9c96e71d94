package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoriesTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOutsideAnyRepositoryIsRefusedWithAHint() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThatThrownBy(() -> Repositories.open(plain))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is not inside a git repository");
    }

    @Test
    void aBareRepositoryIsRefusedBecauseThereIsNothingCheckedOut() {
        GitRepo repo = GitRepo.withRemote(tmp);
        assertThatThrownBy(() -> Repositories.open(repo.remote()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is a bare repository");
    }

    @Test
    void aSubfolderOpensItsRepository() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        Path sub = Files.createDirectories(repo.dir().resolve("src/deep"));
        try (Repository repository = Repositories.open(sub)) {
            assertThat(Repositories.workTree(repository)).isEqualTo(repo.dir().toRealPath());
            assertThat(RepositoryState.of(repository).branch()).isEqualTo("main");
        }
    }
}
