package dev.firebreak.backup;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.DaemonThreads;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs {@code pg_restore} of a verified archive into one (new, empty) database. {@code --no-owner --no-acl}: the
 * target may lack the original roles, the usual cause of "errors ignored on restore". Any error is a failure.
 * A directory-format archive is restored with as many jobs as dumped it.
 */
final class ArchiveRestore {
    private final BackupEngine engine;
    private final PgTool pgRestore;

    private ArchiveRestore(BackupEngine engine, PgTool pgRestore) {
        this.engine = engine;
        this.pgRestore = pgRestore;
    }

    /** Picks a pg_restore at least as new as the server and as the pg_dump that wrote the archive. */
    static ArchiveRestore forServer(BackupEngine engine, int serverMajor, BackupManifest manifest) {
        return new Candidates(engine, serverMajor, engine.tools().find("pg_restore")).forArchive(manifest);
    }

    /**
     * The server's major version (over a connection of its own) and every pg_restore's version, each asked on a
     * thread of its own (not the common pool, a single thread on two cores): that changes nothing, so it runs while the
     * archive is being hashed.
     */
    static CompletableFuture<Candidates> lookUp(BackupEngine engine, Database server) {
        CompletableFuture<List<PgTool>> installed = CompletableFuture.supplyAsync(() -> engine.tools().find("pg_restore"),
                DaemonThreads.named("pg-restore-versions"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new DatabaseAdmin(server).serverMajor();
            } catch (SQLException e) {
                throw SqlFailures.of("Reading the version of the server of " + server.profile().database(), e,
                        "No database was touched.");
            }
        }, DaemonThreads.named("server-version"))
                .thenCombine(installed, (serverMajor, tools) -> new Candidates(engine, serverMajor, tools));
    }

    /** What choosing a pg_restore needs to know of the machine: the server's major and the pg_restores installed. */
    record Candidates(BackupEngine engine, int serverMajor, List<PgTool> installed) {
        /** As {@link #forServer}; a failed {@link #lookUp} throws its own failure here. */
        static ArchiveRestore forArchive(CompletableFuture<Candidates> lookUp, BackupManifest manifest) {
            try {
                return lookUp.join().forArchive(manifest);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        ArchiveRestore forArchive(BackupManifest manifest) {
            int archiveMajor = manifest.archiveMajor();
            String why = archiveMajor > serverMajor
                    ? "backup " + manifest.id() + " was written by pg_dump " + manifest.pgDumpVersion()
                    : "the server is PostgreSQL " + serverMajor;
            return new ArchiveRestore(engine, PgTools.choose(installed, "pg_restore", Math.max(serverMajor, archiveMajor), why));
        }
    }

    /** Restores into {@code target}; throws with pg_restore's own error lines when anything went wrong. */
    void into(VerifiedArchive archive, Database target, ProgressMonitor monitor) {
        into(archive, target, List.of(), monitor, () -> { });
    }

    /** As {@link #into(VerifiedArchive, Database, ProgressMonitor)}, restoring only what {@code selection} selects. */
    void into(VerifiedArchive archive, Database target, List<String> selection, ProgressMonitor monitor) {
        into(archive, target, selection, monitor, () -> { });
    }

    /**
     * As {@link #into(VerifiedArchive, Database, ProgressMonitor)}; {@code dataLoaded} runs (on another thread) when a
     * single-job pg_restore has loaded every table's rows and goes on to the indexes and constraints.
     */
    void into(VerifiedArchive archive, Database target, ProgressMonitor monitor, Runnable dataLoaded) {
        into(archive, target, List.of(), monitor, dataLoaded);
    }

    private void into(VerifiedArchive archive, Database target, List<String> selection, ProgressMonitor monitor,
                      Runnable dataLoaded) {
        ConnectionProfile profile = target.profile();
        List<String> arguments = new ArrayList<>(List.of("--no-owner", "--no-acl", "--verbose", "--dbname=" + profile.database()));
        arguments.addAll(selection);
        int tables = archive.manifest().tables().size();
        int[] done = {0};
        boolean[] loaded = {false};
        boolean parallel = archive.manifest().format() == ArchiveFormat.DIRECTORY && archive.manifest().jobs() > 1;
        if (parallel) {
            arguments.add("--jobs=" + archive.manifest().jobs());
        }
        arguments.add(archive.file().toString());
        PgProcess process = PgProcess.start(pgRestore, PgProcess.connectTo(profile), arguments,
                target.credentials().childEnvironment(profile), target.timeouts(), line -> {
                    if (line.contains("processing data for table")) {
                        monitor.update("Restoring " + line.replaceFirst(".*processing data for table ", "").replace("\"", "")
                                + " into " + profile.database(), ++done[0], tables);
                    } else if (done[0] > 0 && !parallel && !loaded[0] && line.startsWith("pg_restore: creating ")) {
                        loaded[0] = true; // a serial restore loads all data before the first post-data item
                        dataLoaded.run();
                    }
                });
        int exit = process.waitFor(monitor);
        if (exit != 0) {
            throw new UserFacingException("pg_restore into '" + profile.database() + "' failed (exit " + exit + "): "
                    + String.join(" / ", process.errors()));
        }
    }

    /** pg_restore -l: reads the whole table of contents, which a damaged archive fails. */
    List<String> list(VerifiedArchive archive, ProgressMonitor monitor) {
        PgProcess process = PgProcess.start(pgRestore, List.of(), List.of("--list", archive.file().toString()),
                System.getenv(), engine.timeouts(), line -> { });
        CompletableFuture<byte[]> stdout = process.stdout();
        int exit = process.waitFor(monitor);
        if (exit != 0) {
            throw new UserFacingException("pg_restore --list of backup " + archive.manifest().id() + " failed: "
                    + String.join(" / ", process.errors()));
        }
        String listing;
        try {
            listing = new String(stdout.join(), StandardCharsets.UTF_8);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return listing.lines().filter(line -> !line.startsWith(";") && !line.isBlank()).toList();
    }
}
