package dev.firebreak.cli;

import dev.firebreak.backup.BackupLabel;
import dev.firebreak.backup.BackupManifest;
import dev.firebreak.backup.Database;
import dev.firebreak.backup.Sizes;
import dev.firebreak.core.UserFacingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak backup}: one pg_dump into the local store; prints the backup id. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a database (pg_dump -Fc of a consistent snapshot, with exact row counts) and print the backup id.")
public final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--label", paramLabel = "L", defaultValue = "manual", converter = LabelConverter.class,
            description = "manual, scheduled, pre-restore or pre-push (default: ${DEFAULT-VALUE}).")
    BackupLabel label;

    @Override
    public Integer call() {
        BackupContext context = new BackupContext(root.home());
        Database database = context.database(target.resolve(context.profiles));
        try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
            BackupManifest manifest = context.engine.backup(database, label).call(progress);
            spec.commandLine().getErr().println("Backed up " + manifest.database() + ": " + manifest.tables().size()
                    + " tables, " + Sizes.count(manifest.totalRows()) + " rows, " + Sizes.human(manifest.sizeBytes()));
            spec.commandLine().getOut().println(manifest.id());
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(spec.commandLine().getErr(), e);
        }
    }

    static final class LabelConverter implements picocli.CommandLine.ITypeConverter<BackupLabel> {
        @Override
        public BackupLabel convert(String value) {
            return BackupLabel.of(value);
        }
    }
}
