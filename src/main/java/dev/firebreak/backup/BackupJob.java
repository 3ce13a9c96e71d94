package dev.firebreak.backup;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.ArchiveFile;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.pgtool.Compression;
import dev.firebreak.backup.pgtool.DumpProgress;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.ArchiveChecksum;
import dev.firebreak.backup.store.PendingArchive;
import dev.firebreak.backup.store.PendingDirectory;
import dev.firebreak.backup.store.StoreWriteFailure;
import dev.firebreak.backup.tables.ExportedSnapshot;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.DaemonThreads;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One backup: {@code pg_dump} of the exported snapshot into the store, hashed, committed with a manifest whose row
 * counts come from the same snapshot. Custom format by default (one file); the directory format dumps with several
 * jobs into a folder. pg_dump writes into the store itself, like a plain {@code pg_dump -f}; the files are hashed and
 * fsynced after it ends. Cancel or failure leaves nothing in the catalog.
 */
public final class BackupJob {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupEngine engine;
    private final Database database;
    private final BackupLabel label;
    private final ArchiveFormat format;
    private final int jobs;

    BackupJob(BackupEngine engine, Database database, BackupLabel label) {
        this(engine, database, label, ArchiveFormat.CUSTOM, 1);
    }

    private BackupJob(BackupEngine engine, Database database, BackupLabel label, ArchiveFormat format, int jobs) {
        this.engine = engine;
        this.database = database;
        this.label = label;
        this.format = format;
        this.jobs = jobs;
    }

    /** The same backup in {@code format} with {@code jobs} parallel pg_dump jobs (more than one needs the directory format). */
    public BackupJob as(ArchiveFormat format, int jobs) {
        if (jobs < 1) {
            throw new UserFacingException("--jobs must be at least 1 (it was " + jobs + ").");
        }
        if (jobs > 1 && format != ArchiveFormat.DIRECTORY) {
            throw new UserFacingException("pg_dump runs several jobs only into a directory-format archive: "
                    + "add --format directory, or leave --jobs out.");
        }
        return new BackupJob(engine, database, label, format, jobs);
    }

    public BackupManifest call(ProgressMonitor monitor) {
        ConnectionProfile profile = database.profile();
        try {
            BackupManifest manifest = dump(profile, monitor);
            engine.events().publish(new BackupEvents.BackupMade(engine.clock().instant(), manifest));
            return manifest;
        } catch (CancelledException e) {
            engine.events().publish(new BackupEvents.BackupFailed(engine.clock().instant(), profile.name(),
                    profile.database(), "cancelled"));
            throw e;
        } catch (RuntimeException e) {
            engine.events().publish(new BackupEvents.BackupFailed(engine.clock().instant(), profile.name(),
                    profile.database(), e.getMessage()));
            throw e;
        }
    }

    private BackupManifest dump(ConnectionProfile profile, ProgressMonitor monitor) {
        Instant started = engine.clock().instant();
        String id = ID_TIME.format(started) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        // asking every pg_dump on the machine for its version takes as long as opening the snapshot: do both at once
        CompletableFuture<List<PgTool>> installed = CompletableFuture.supplyAsync(() -> engine.tools().find("pg_dump"),
                DaemonThreads.named("pg-dump-versions"));
        monitor.update("Opening a snapshot of " + profile.database(), 0, -1);
        try (ExportedSnapshot snapshot = ExportedSnapshot.open(database)) {
            PgTool pgDump = PgTools.choose(found(installed), "pg_dump", snapshot.serverMajor(),
                    "the server of '" + profile.database() + "' is PostgreSQL " + snapshot.serverVersion());
            Compression compression = Compression.forTool(pgDump);
            List<String> arguments = new ArrayList<>(List.of("--format=" + format.id(), "--verbose", "--snapshot=" + snapshot.id()));
            arguments.addAll(compression.arguments());
            arguments.add("--dbname=" + profile.database());
            Function<Dumped, BackupManifest> describe = dumped -> new BackupManifest(id, profile.name(), profile.database(),
                    profile.host(), profile.port(), profile.user(), profile.sslmode(), snapshot.serverVersion(),
                    pgDump.version(), format, compression.description(), started, engine.clock().instant(),
                    dumped.bytes(), dumped.sha256(), dumped.tables(), label, toolVersion(), List.of(), dumped.files(), jobs);
            return format == ArchiveFormat.DIRECTORY
                    ? dumpDirectory(pgDump, arguments, snapshot, id, monitor, describe)
                    : dumpCustom(pgDump, arguments, snapshot, id, monitor, describe);
        }
    }

    private static List<PgTool> found(CompletableFuture<List<PgTool>> installed) {
        try {
            return installed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Custom format: pg_dump writes one file, which is hashed once pg_dump has ended. */
    private BackupManifest dumpCustom(PgTool pgDump, List<String> arguments, ExportedSnapshot snapshot, String id,
                                     ProgressMonitor monitor, Function<Dumped, BackupManifest> describe) {
        PendingArchive archive = engine.store().create(database.profile().name(), id);
        try {
            List<String> all = new ArrayList<>(arguments);
            all.add("--file=" + archive.tempFile());
            DumpProgress progress = new DumpProgress(monitor, snapshot.tables().size(), archive::size);
            List<TableStat> counted;
            try (PgDumpRun run = PgDumpRun.start(engine, database, pgDump, all, progress)) {
                counted = run.countWhileDumping(snapshot, monitor);
            }
            String sha256 = archive.finish();
            BackupManifest manifest = describe.apply(new Dumped(archive.size(), sha256, counted, List.of()));
            monitor.checkCancelled();
            engine.store().commit(archive, manifest);
            return manifest;
        } catch (IOException e) {
            throw StoreWriteFailure.of(archive.tempFile().getParent(), e, "nothing was kept.");
        } finally {
            archive.abort();
        }
    }

    /** Directory format: {@code pg_dump -j N} writes a hidden folder; its files are hashed and fsynced afterwards. */
    private BackupManifest dumpDirectory(PgTool pgDump, List<String> arguments, ExportedSnapshot snapshot, String id,
                                        ProgressMonitor monitor, Function<Dumped, BackupManifest> describe) {
        PendingDirectory archive = engine.store().createDirectory(database.profile().name(), id);
        try {
            List<String> all = new ArrayList<>(arguments);
            all.addAll(List.of("--jobs=" + jobs, "--file=" + archive.tempDir()));
            DumpProgress progress = new DumpProgress(monitor, snapshot.tables().size(), archive::size);
            List<TableStat> counted;
            try (PgDumpRun run = PgDumpRun.start(engine, database, pgDump, all, progress)) {
                counted = run.countWhileDumping(snapshot, monitor);
            }
            monitor.update("Checking the archive's files", 0, -1);
            List<ArchiveFile> files = archive.finish();
            long bytes = files.stream().mapToLong(ArchiveFile::bytes).sum();
            BackupManifest manifest = describe.apply(new Dumped(bytes, ArchiveChecksum.listingSha256(files), counted, files));
            monitor.checkCancelled();
            engine.store().commit(archive, manifest);
            return manifest;
        } catch (IOException e) {
            throw StoreWriteFailure.of(archive.tempDir().getParent(), e, "nothing was kept.");
        } finally {
            archive.abort();
        }
    }

    /** What a finished dump hands to its manifest. */
    private record Dumped(long bytes, String sha256, List<TableStat> tables, List<ArchiveFile> files) {
    }

    /** Firebreak's version from the jar manifest, recorded in every manifest. */
    private static String toolVersion() {
        String version = BackupJob.class.getPackage().getImplementationVersion();
        return "firebreak " + (version == null ? "development build" : version);
    }
}
