package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.RestoreJob;
import dev.firebreak.backup.TableRestoreJob;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.tables.TablesRestored;
import dev.firebreak.core.ShellQuote;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code firebreak restore (ID | --latest) (--profile | --db) --mode new|replace|tables [--tables a,b]
 * [--copy-missing] [--name DB] [--yes]}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup after checking its SHA-256: into a new database, replace the database "
                + "(safety backup, restore aside, check row counts, swap by rename; the previous database is kept), "
                + "or only some tables into a side schema, showing the rows missing live and copying them back on request.")
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--mode", required = true, paramLabel = "new|replace|tables", converter = ModeConverter.class,
            description = "new: into <db>_restored_<yyyymmdd_hhmm> (or --name); replace: swap the restored copy in as <db>; "
                    + "tables: the --tables into schema firebreak_restore_<yyyymmdd_hhmmss> of <db>, compared with the live tables.")
    RestoreMode mode;

    @Option(names = "--tables", split = ",", paramLabel = "a,b", description = "tables mode: which tables (name or schema.name).")
    List<String> tables;

    @Option(names = "--copy-missing", description = "tables mode: copy the rows missing live back (one transaction).")
    boolean copyMissing;

    @Option(names = "--name", paramLabel = "DB", description = "new: the new database's name (default: "
            + "<db>_restored_<yyyymmdd_hhmm>, with _2, _3… if that exists).")
    String name;

    @Option(names = "--yes", description = "Do not ask for the database name before replacing it or copying rows back.")
    boolean yes;

    static final class Which {
        @Parameters(paramLabel = "ID", description = "Backup id (see: firebreak backups list).")
        String id;

        @Option(names = "--latest", description = "The newest backup of the profile (pre-restore safety copies excepted).")
        boolean latest;
    }

    @Override
    public Integer call() throws IOException {
        if ((mode == RestoreMode.TABLES) != (tables != null) || (copyMissing && mode != RestoreMode.TABLES)) {
            throw new ParameterException(spec.commandLine(), "--tables (and --copy-missing) go with --mode tables, which needs --tables.");
        }
        if (name != null && mode != RestoreMode.NEW) {
            throw new ParameterException(spec.commandLine(), "--name goes with --mode new.");
        }
        BackupContext context = new BackupContext(root.home());
        ConnectionProfile profile = target.resolve(context.profiles);
        BackupManifest backup = which.latest ? context.engine.latest(profile.name())
                .orElseThrow(() -> new UserFacingException("Profile " + profile.name() + " has no backups to restore yet."))
                : context.engine.manifest(which.id);
        PrintWriter err = spec.commandLine().getErr();
        if (mode == RestoreMode.TABLES) {
            return restoreTables(context.engine, backup, context.database(profile));
        }
        if (mode == RestoreMode.REPLACE && !yes && !confirmed(profile.database(), backup, err)) {
            err.println("firebreak: not confirmed: nothing was restored.");
            return Cli.USAGE;
        }
        Database database = context.database(profile);
        RestoreJob job = context.engine.restore(backup.id(), database, mode);
        if (name != null) {
            try {
                job = job.named(name);
            } catch (UserFacingException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        try (TerminalProgress progress = new TerminalProgress(err)) {
            RestoreOutcome outcome = job.call(progress);
            spec.commandLine().getOut().println(outcome.summary());
            if (outcome.keptAs() != null) {
                spec.commandLine().getOut().println("Undo: firebreak undo-restore --kept " + ShellQuote.quote(outcome.keptAs())
                        + " " + target.asArguments());
            }
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
    }

    /** Restores the tables aside and shows what is missing; copies back only with --copy-missing. */
    private int restoreTables(BackupEngine engine, BackupManifest backup, Database database) throws IOException {
        TableRestoreJob job = engine.restoreTables(backup.id(), database, tables); // an unknown table: exit 2
        PrintWriter out = spec.commandLine().getOut();
        SideSchemaSteps steps = new SideSchemaSteps(engine, database, target.asArguments(), out, spec.commandLine().getErr());
        try {
            TablesRestored restored;
            try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
                restored = job.call(progress);
            }
            out.println("Restored " + String.join(", ", tables) + " of backup " + backup.id() + " into side schema "
                    + restored.sideSchema() + " of " + database.profile().database() + ":");
            steps.print(restored.tables());
            if (copyMissing) {
                return steps.copyBack(restored.sideSchema(), restored.tables(), yes);
            }
            steps.printNextSteps(restored.sideSchema());
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(spec.commandLine().getErr(), e);
        }
    }

    private static boolean confirmed(String database, BackupManifest backup, PrintWriter err) throws IOException {
        return TypedConfirmation.ask(err, "This replaces database '" + database + "' with backup " + backup.id() + " of "
                + backup.startedAt() + ". The current database is backed up first and kept as " + database
                + "_before_restore_<time>.", database);
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<RestoreMode> {
        @Override
        public RestoreMode convert(String value) {
            return RestoreMode.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
