package dev.firebreak.cli;

import dev.firebreak.backup.BackupManifest;
import dev.firebreak.backup.ConnectionProfile;
import dev.firebreak.backup.Database;
import dev.firebreak.backup.RestoreMode;
import dev.firebreak.backup.RestoreOutcome;
import dev.firebreak.core.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak restore (ID | --latest) (--profile | --db) --mode new|replace [--yes]}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup after checking its SHA-256: into a new database, or replace the database "
                + "(safety backup, restore aside, check row counts, swap by rename; the previous database is kept).")
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--mode", required = true, paramLabel = "new|replace", converter = ModeConverter.class,
            description = "new: into <db>_restored_<yyyymmdd_hhmm>; replace: swap the restored copy in as <db>.")
    RestoreMode mode;

    @Option(names = "--yes", description = "Do not ask for the database name before replacing it.")
    boolean yes;

    static final class Which {
        @Parameters(paramLabel = "ID", description = "Backup id (see: firebreak backups list).")
        String id;

        @Option(names = "--latest", description = "The newest backup of the profile (pre-restore safety copies excepted).")
        boolean latest;
    }

    @Override
    public Integer call() throws IOException {
        BackupContext context = new BackupContext(root.home());
        ConnectionProfile profile = target.resolve(context.profiles);
        BackupManifest backup = which.latest ? context.engine.latest(profile.name())
                .orElseThrow(() -> new UserFacingException("Profile " + profile.name() + " has no backups to restore yet."))
                : context.engine.manifest(which.id);
        PrintWriter err = spec.commandLine().getErr();
        if (mode == RestoreMode.REPLACE && !yes && !confirmed(profile.database(), backup, err)) {
            err.println("firebreak: not confirmed: nothing was restored.");
            return Cli.USAGE;
        }
        Database database = context.database(profile);
        try (TerminalProgress progress = new TerminalProgress(err)) {
            RestoreOutcome outcome = context.engine.restore(backup.id(), database, mode).call(progress);
            spec.commandLine().getOut().println(outcome.summary());
            if (outcome.keptAs() != null) {
                spec.commandLine().getOut().println("Undo: firebreak undo-restore --kept " + outcome.keptAs()
                        + (target.profile != null ? " --profile " + target.profile : " --db " + target.url));
            }
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
    }

    private static boolean confirmed(String database, BackupManifest backup, PrintWriter err) throws IOException {
        err.println("This replaces database '" + database + "' with backup " + backup.id() + " of " + backup.startedAt()
                + ". The current database is backed up first and kept as " + database + "_before_restore_<time>.");
        err.print("Type the database name to continue: ");
        err.flush();
        String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return database.equals(typed == null ? null : typed.trim());
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<RestoreMode> {
        @Override
        public RestoreMode convert(String value) {
            return RestoreMode.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
