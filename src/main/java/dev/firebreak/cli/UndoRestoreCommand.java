package dev.firebreak.cli;

import dev.firebreak.backup.UndoRestore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.restore.RestoreRecord;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak undo-restore (--profile | --db) [--kept NAME] [--yes]}: swaps a recorded replace restore back. */
@Command(name = "undo-restore", mixinStandardHelpOptions = true,
        description = "Undo a replace restore: the kept previous database gets its name back; the restored one is kept aside. "
                + "Only restores that Firebreak recorded can be undone; without --kept, the newest one.")
public final class UndoRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--kept", paramLabel = "NAME", description = "The <db>_before_restore_<time> database a restore kept "
            + "(default: the newest undoable restore).")
    String kept;

    @Option(names = "--yes", description = "Do not ask for the database name before swapping it.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        BackupContext context = new BackupContext(root.home());
        PrintWriter err = spec.commandLine().getErr();
        try {
            Database database = context.database(target.resolve(context.profiles));
            String live = database.profile().database();
            List<RestoreRecord> undoable = context.engine.undoableRestores(database);
            String which = kept != null ? kept : undoable.stream().findFirst().map(RestoreRecord::kept)
                    .orElseThrow(() -> new UserFacingException("There is no replace restore of '" + live + "' to undo."));
            if (undoable.stream().noneMatch(record -> record.kept().equals(which))) {
                err.println("firebreak: " + UndoRestore.notRecorded(live, which, undoable).getMessage());
                return Cli.USAGE; // refused before anyone is asked anything
            }
            if (!yes && !TypedConfirmation.ask(err, "This puts " + which + " back as '" + live + "'; the database now called '"
                    + live + "' is kept aside as " + live + "_undone_<time>.", live)) {
                err.println("firebreak: not confirmed: nothing was changed.");
                return Cli.USAGE;
            }
            String undone = context.engine.undo(database, which).call(ProgressMonitor.NONE);
            spec.commandLine().getOut().println("Restore undone; the restored copy is kept as " + undone);
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
    }
}
