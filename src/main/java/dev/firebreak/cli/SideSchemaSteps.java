package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.tables.RowsCopied;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.core.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** What {@code restore --mode tables} and {@code side-schema} share: the comparison's text, and copying back after a yes. */
final class SideSchemaSteps {
    private final BackupEngine engine;
    private final Database live;
    private final String target;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param target how the user named the database: {@code --profile shop} or {@code --db URL}, for the hints */
    SideSchemaSteps(BackupEngine engine, Database live, String target, PrintWriter out, PrintWriter err) {
        this.engine = engine;
        this.live = live;
        this.target = target;
        this.out = out;
        this.err = err;
    }

    void print(List<TableDifference> tables) {
        tables.forEach(table -> out.println("  " + table.describe()));
    }

    /** The commands that continue from {@code schema}. */
    void printNextSteps(String schema) {
        out.println("Copy the missing rows back: firebreak side-schema " + schema + " " + target + " --copy-missing");
        out.println("Drop the side schema:       firebreak side-schema " + schema + " " + target + " --drop");
    }

    /** Copies back after the user typed the database name (unless {@code yes}); returns the exit code. */
    int copyBack(String schema, List<TableDifference> tables, boolean yes) throws IOException {
        String database = live.profile().database();
        long missing = tables.stream().filter(TableDifference::copyable).mapToLong(TableDifference::missing).sum();
        if (missing == 0) {
            out.println("Nothing to copy back: no table has missing rows that can be copied.");
            printNextSteps(schema);
            return Cli.OK;
        }
        if (!yes && !TypedConfirmation.ask(err, "This inserts " + Numbers.of(missing, "missing row") + " from " + schema + " into the live"
                + " tables of '" + database + "' in one transaction; existing rows are not changed.", database)) {
            err.println("firebreak: not confirmed: nothing was copied; the side schema " + schema + " is kept.");
            return Cli.USAGE;
        }
        try (TerminalProgress progress = new TerminalProgress(err)) {
            RowsCopied copied = engine.copyMissingRows(live, schema).call(progress);
            copied.tables().forEach(table -> out.println("  " + table.describe()));
            out.println("Copied " + Numbers.of(copied.copied(), "row") + " back into " + database + ".");
            out.println("Drop the side schema:       firebreak side-schema " + schema + " " + target + " --drop");
            return Cli.OK;
        }
    }
}
