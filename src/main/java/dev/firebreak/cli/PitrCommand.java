package dev.firebreak.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code firebreak pitr find}: point-in-time recovery from what {@code protect} keeps. */
@Command(name = "pitr", mixinStandardHelpOptions = true,
        description = "Point-in-time recovery from the base backups and WAL that 'firebreak protect' keeps.",
        subcommands = PitrFindCommand.class)
public final class PitrCommand extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;
}
