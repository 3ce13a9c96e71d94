package dev.firebreak.cli;

import dev.firebreak.git.HookInstaller;
import dev.firebreak.git.Repositories;
import java.util.function.Function;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code firebreak hook}: install, remove and run the git pre-push hook. */
@Command(name = "hook", description = "Installs, removes and runs the git pre-push hook.",
        subcommands = HookPrePushCommand.class)
final class HookCommand extends CommandGroup {
    @Command(name = "install", description = {"Installs the pre-push hook (respects core.hooksPath).",
            "An existing hook is kept as pre-push.local and runs first. Installing again changes nothing."})
    int install(@Mixin RepoOption repo) {
        return withInstaller(repo, HookInstaller::install);
    }

    @Command(name = "uninstall", description = "Removes the Firebreak pre-push hook and restores pre-push.local, if any.")
    int uninstall(@Mixin RepoOption repo) {
        return withInstaller(repo, HookInstaller::uninstall);
    }

    private int withInstaller(RepoOption repo, Function<HookInstaller, String> action) {
        try (Repository repository = Repositories.open(repo.dir())) {
            spec.commandLine().getOut().println(action.apply(new HookInstaller(repository, HookInstaller.defaultLauncher())));
        }
        return Cli.OK;
    }
}
