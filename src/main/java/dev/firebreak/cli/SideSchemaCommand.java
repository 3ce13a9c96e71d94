package dev.firebreak.cli;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak side-schema NAME (--profile | --db) (--compare | --copy-missing | --drop) [--yes]}. */
@Command(name = "side-schema", mixinStandardHelpOptions = true,
        description = "Continue a tables restore: compare its side schema with the live tables again, copy the rows "
                + "missing live back (one transaction), or drop the side schema.")
public final class SideSchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @Parameters(paramLabel = "NAME", description = "The side schema, firebreak_restore_<yyyymmdd_hhmmss>.")
    String schema;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--yes", description = "Do not ask for the database name before copying rows back.")
    boolean yes;

    static final class Action {
        @Option(names = "--compare", description = "Rows in the side schema missing live, per table.")
        boolean compare;

        @Option(names = "--copy-missing", description = "Copy the missing rows back into the live tables.")
        boolean copyMissing;

        @Option(names = "--drop", description = "Drop the side schema (only one a tables restore made).")
        boolean drop;
    }

    @Override
    public Integer call() throws IOException {
        BackupContext context = new BackupContext(root.home());
        Database live = context.database(target.resolve(context.profiles));
        SideSchemaSteps steps = new SideSchemaSteps(context.engine, live, target.asArguments(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        try {
            if (action.drop) {
                context.engine.dropSideSchema(live, schema);
                spec.commandLine().getOut().println("Dropped " + schema + ".");
                return Cli.OK;
            }
            List<TableDifference> tables = context.engine.compareSideSchema(live, schema);
            if (action.compare) {
                steps.print(tables);
                steps.printNextSteps(schema);
                return Cli.OK;
            }
            return steps.copyBack(schema, tables, yes);
        } catch (UserFacingException e) {
            return Cli.jobFailed(spec.commandLine().getErr(), e);
        }
    }
}
