package dev.firebreak.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookInstallerTest {
    private static final List<String> LAUNCHER = List.of("/opt/fire break/bin/firebreak");

    @TempDir
    Path tmp;

    private static String installer(GitRepo repo, Function<HookInstaller, String> action) {
        try (Repository repository = Repositories.open(repo.dir())) {
            return action.apply(new HookInstaller(repository, LAUNCHER));
        }
    }

    @Test
    void installingTwiceLeavesOneIdenticalExecutableHook() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        Path hook = repo.dir().resolve(".git/hooks/pre-push");

        assertThat(installer(repo, HookInstaller::install)).startsWith("Installed the Firebreak pre-push hook in " + hook);
        String first = Files.readString(hook);
        assertThat(installer(repo, HookInstaller::install)).startsWith("The Firebreak pre-push hook is already installed");

        assertThat(Files.readString(hook)).isEqualTo(first).contains("'/opt/fire break/bin/firebreak' hook pre-push \"$@\"");
        assertThat(Files.isExecutable(hook)).isTrue();
        assertThat(Files.exists(hook.resolveSibling("pre-push.local"))).isFalse();
    }

    @Test
    void anExistingHookIsChainedAndRestoredOnUninstall() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        Path hook = repo.dir().resolve(".git/hooks/pre-push");
        Files.writeString(hook, "#!/bin/sh\necho mine\n");

        assertThat(installer(repo, HookInstaller::install)).endsWith("your existing hook was kept as " + hook + ".local and runs first");
        assertThat(Files.readString(hook.resolveSibling("pre-push.local"))).isEqualTo("#!/bin/sh\necho mine\n");
        installer(repo, HookInstaller::install);
        assertThat(Files.readString(hook.resolveSibling("pre-push.local"))).isEqualTo("#!/bin/sh\necho mine\n");

        assertThat(installer(repo, HookInstaller::uninstall)).startsWith("Removed the Firebreak pre-push hook and restored your own hook");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\necho mine\n");
        assertThat(Files.exists(hook.resolveSibling("pre-push.local"))).isFalse();
        assertThat(installer(repo, HookInstaller::uninstall)).endsWith("was not installed by Firebreak: left untouched");
    }

    @Test
    void twoForeignHooksAreNotShuffled() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        Path hooks = repo.dir().resolve(".git/hooks");
        Files.writeString(hooks.resolve("pre-push"), "#!/bin/sh\n");
        Files.writeString(hooks.resolve("pre-push.local"), "#!/bin/sh\n");

        assertThatThrownBy(() -> installer(repo, HookInstaller::install))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("merge them");
    }

    @Test
    void coreHooksPathIsRespected() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.git("config", "core.hooksPath", ".githooks");

        installer(repo, HookInstaller::install);

        assertThat(repo.dir().resolve(".githooks/pre-push")).exists();
        assertThat(repo.dir().resolve(".git/hooks/pre-push")).doesNotExist();
        assertThat(installer(repo, HookInstaller::uninstall)).startsWith("Removed");
        assertThat(repo.dir().resolve(".githooks/pre-push")).doesNotExist();
    }
}
