package dev.firebreak.backup;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One backup: {@code pg_dump -Fc} of the exported snapshot streamed into the store, hashed on the way, committed
 * with a manifest whose row counts come from the same snapshot. Cancel or failure leaves nothing in the catalog.
 */
public final class BackupJob {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupEngine engine;
    private final Database database;
    private final BackupLabel label;

    BackupJob(BackupEngine engine, Database database, BackupLabel label) {
        this.engine = engine;
        this.database = database;
        this.label = label;
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
        monitor.update("Opening a snapshot of " + profile.database(), 0, -1);
        try (ExportedSnapshot snapshot = ExportedSnapshot.open(database)) {
            PgTool pgDump = engine.tools().require("pg_dump", snapshot.serverMajor(),
                    "the server of '" + profile.database() + "' is PostgreSQL " + snapshot.serverVersion());
            Compression compression = Compression.forTool(pgDump);
            List<String> arguments = new ArrayList<>(List.of("--format=custom", "--verbose", "--snapshot=" + snapshot.id()));
            arguments.addAll(compression.arguments());
            arguments.add("--dbname=" + profile.database());
            PendingArchive archive = engine.store().create(profile.name(), id);
            try {
                StreamResult dumped = stream(pgDump, arguments, archive, snapshot, monitor);
                BackupManifest manifest = new BackupManifest(id, profile.name(), profile.database(), profile.host(),
                        profile.port(), profile.user(), profile.sslmode(), snapshot.serverVersion(), pgDump.version(),
                        "custom", compression.description(), started, engine.clock().instant(), archive.size(), dumped.sha256(),
                        dumped.tables(), label, toolVersion(), List.of());
                engine.store().commit(archive, manifest);
                return manifest;
            } finally {
                archive.abort();
            }
        }
    }

    /** Runs pg_dump into the archive; counts the snapshot's rows meanwhile (pg_dump holds the snapshot too by then). */
    private StreamResult stream(PgTool pgDump, List<String> arguments, PendingArchive archive, ExportedSnapshot snapshot,
                                ProgressMonitor monitor) {
        ConnectionProfile profile = database.profile();
        DumpProgress progress = new DumpProgress(monitor, snapshot.tables().size(), archive);
        try (Credentials.ChildEnvironment environment = database.credentials().childEnvironment(profile, engine.privateDir())) {
            PgProcess process = PgProcess.start(pgDump, PgProcess.connectTo(profile), arguments, environment.variables(),
                    progress::line);
            StreamCopy copy = StreamCopy.start(process, archive, progress);
            List<TableStat> counted;
            try {
                counted = snapshot.countRows();
            } catch (RuntimeException e) {
                process.kill();
                throw e;
            }
            int exit = process.waitFor(monitor);
            copy.await();
            if (exit != 0) {
                throw new UserFacingException("pg_dump of '" + profile.database() + "' failed (exit " + exit + "): "
                        + String.join(" / ", process.errors()) + ". No backup was stored; the database was only read.");
            }
            return new StreamResult(archive.finish(), counted);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the archive failed", e);
        }
    }

    private record StreamResult(String sha256, List<TableStat> tables) {
    }

    /** Firebreak's version from the jar manifest, recorded in every manifest. */
    private static String toolVersion() {
        String version = BackupJob.class.getPackage().getImplementationVersion();
        return "firebreak " + (version == null ? "development build" : version);
    }
}
