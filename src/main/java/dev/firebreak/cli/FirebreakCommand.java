package dev.firebreak.cli;

import dev.firebreak.core.FirebreakHome;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code firebreak}: the root command. Subcommands reach shared services through {@link #home()}. */
@Command(name = "firebreak", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Incident-response console: pre-push checklist, PostgreSQL backups, incident timeline.")
public final class FirebreakCommand extends CommandGroup {
    /** The subcommands, in the order of {@code firebreak --help}; {@link Cli} adds them (all, or the one asked for). */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, HookCommand.class, LintCommand.class, GuardCommand.class,
            BackupCommand.class, BackupsCommand.class, RestoreCommand.class, UndoRestoreCommand.class,
            SideSchemaCommand.class, VerifyCommand.class, PruneCommand.class, ProfileCommand.class, ScheduleCommand.class,
            S3Command.class, IncidentCommand.class, LogCommand.class, JournalCommand.class, PracticeCommand.class,
            ProtectCommand.class, PitrCommand.class);

    private FirebreakHome home;

    public FirebreakCommand() {
    }

    /** A root working in {@code home} rather than {@code $FIREBREAK_HOME}: in-process tests use their own. */
    public FirebreakCommand(FirebreakHome home) {
        this.home = home;
    }

    public FirebreakHome home() {
        if (home == null) {
            home = FirebreakHome.resolve();
        }
        return home;
    }
}
