package dev.firebreak.cli;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak undo-restore --kept NAME (--profile | --db)}: swaps a replace restore back. */
@Command(name = "undo-restore", mixinStandardHelpOptions = true,
        description = "Undo a replace restore: the kept previous database gets its name back; the restored one is kept aside.")
public final class UndoRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--kept", required = true, paramLabel = "NAME", description = "The <db>_before_restore_<time> database.")
    String kept;

    @Override
    public Integer call() {
        BackupContext context = new BackupContext(root.home());
        try {
            String undone = context.engine.undo(context.database(target.resolve(context.profiles)), kept).call(ProgressMonitor.NONE);
            spec.commandLine().getOut().println("Restore undone; the restored copy is kept as " + undone);
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(spec.commandLine().getErr(), e);
        }
    }
}
