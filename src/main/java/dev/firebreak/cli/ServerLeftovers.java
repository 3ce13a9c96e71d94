package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.ScratchDatabase;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.ShellQuote;
import dev.firebreak.core.UserFacingException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/**
 * What prune finds on a profile's server: scratch databases that killed restores and verifies left (dropped by prune)
 * and the side schemas of tables restores (kept: the user compares them and drops them when done).
 */
record ServerLeftovers(Database live, List<ScratchDatabase> scratch, List<String> sideSchemas) {
    static final ServerLeftovers NONE = new ServerLeftovers(null, List.of(), List.of());

    /** {@link #NONE} when the profile is unknown (its backups outlived it) or the server cannot be asked, which is said on {@code err}. */
    static ServerLeftovers of(BackupContext context, String profileName, PrintWriter err) {
        if (profileName == null) {
            return NONE;
        }
        ConnectionProfile profile = context.profiles.find(profileName).orElse(null);
        if (profile == null) {
            return NONE;
        }
        BackupEngine engine = context.engine;
        try {
            Database live = context.database(profile);
            return new ServerLeftovers(live, engine.scratchDatabases(live).leftovers(), engine.sideSchemas(live));
        } catch (UserFacingException | SQLException e) {
            err.println("Could not look for scratch databases on " + profile.host() + ":" + profile.port() + ": "
                    + e.getMessage());
            return NONE;
        }
    }

    boolean isEmpty() {
        return scratch.isEmpty() && sideSchemas.isEmpty();
    }

    long scratchBytes() {
        return scratch.stream().mapToLong(ScratchDatabase::bytes).sum();
    }

    /** {@code 1 scratch database (1.2 GiB)}. */
    String scratchSummary() {
        return Numbers.of(scratch.size(), "scratch database") + " (" + Numbers.bytes(scratchBytes()) + ")";
    }

    void print(PrintWriter out) {
        scratch.forEach(database -> out.println(String.format("%-7s %s  %10s  %s", "drop", database.name(),
                Numbers.bytes(database.bytes()), database.what())));
        sideSchemas.forEach(schema -> out.println(String.format("%-7s %s  a table restore's side schema; drop it with %s",
                "kept", schema, ShellQuote.command(List.of("firebreak", "side-schema", schema, "--profile",
                        live.profile().name(), "--drop")))));
    }

    /** Drops the scratch databases still unclaimed; says what it did on {@code out}. */
    void dropScratch(BackupContext context, PrintWriter out) {
        if (scratch.isEmpty()) {
            return;
        }
        List<ScratchDatabase> dropped;
        try {
            dropped = context.engine.scratchDatabases(live).drop(scratch);
        } catch (SQLException e) {
            throw SqlFailures.of("Dropping the scratch databases of " + live.profile().database(), e,
                    "The live database was not touched.");
        }
        out.println("Dropped " + Numbers.of(dropped.size(), "scratch database") + ", freed "
                + Numbers.bytes(dropped.stream().mapToLong(ScratchDatabase::bytes).sum()) + ".");
        if (dropped.size() < scratch.size()) {
            out.println("Left " + Numbers.of(scratch.size() - dropped.size(), "scratch database")
                    + " alone: a run started using it since it was found.");
        }
    }
}
