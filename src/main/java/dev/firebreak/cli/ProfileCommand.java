package dev.firebreak.cli;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak profile add|list}: named connections in {@code $FIREBREAK_HOME/profiles.json} (no passwords). */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Database connection profiles (never passwords).",
        subcommands = {ProfileCommand.AddCommand.class, ProfileCommand.ListCommand.class})
public final class ProfileCommand extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a profile.")
    static final class AddCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ProfileCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--db", required = true, paramLabel = "URL", description = "postgresql://user@host:port/db[?sslmode=…]")
        String url;

        @Override
        public Integer call() {
            ConnectionProfile profile = ConnectionProfile.fromUrl(name, url);
            new ProfileStore(parent.root.home()).save(profile);
            spec.commandLine().getOut().println("Profile " + name + ": " + profile.url());
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved profiles.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ProfileCommand parent;

        @Override
        public Integer call() {
            new ProfileStore(parent.root.home()).list().forEach(profile ->
                    spec.commandLine().getOut().println(profile.name() + "  " + profile.url()));
            return Cli.OK;
        }
    }
}
