package dev.firebreak.protect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Takes one base backup with {@code pg_basebackup -Ft -z -X stream --manifest-checksums=SHA256} into
 * {@code base/<id>/}, checks it with pg_verifybackup and records both in {@code firebreak-backup.json}, with a
 * {@link CatalogSnapshot} taken just before it began in {@code catalog.json}. The slot is not
 * used here: {@code protect run} may be reading it, and it already holds the WAL from before this backup began.
 */
final class BaseBackupJob {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ProtectionStore store;
    private final Clock clock;

    BaseBackupJob(ProtectionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    BaseBackup take(Database database, PgTool basebackup, PgTool verifier, ProgressMonitor monitor) {
        String profile = database.profile().name();
        Path base = ProtectionStore.privateFolder(store.base(profile));
        Instant startedAt = clock.instant();
        String id = freeId(base, ID.format(startedAt));
        Path folder = base.resolve(id);
        boolean done = false;
        try {
            CatalogSnapshot catalog = catalog(database, startedAt);
            monitor.update("Taking a base backup with pg_basebackup " + basebackup.version(), -1, -1);
            // --checkpoint=fast: start now rather than after the next scheduled checkpoint (up to checkpoint_timeout)
            PgProcess process = PgProcess.start(basebackup, PgProcess.connectTo(database.profile()),
                    List.of("--pgdata", folder.toString(), "--format=tar", "--gzip", "--wal-method=stream",
                            "--manifest-checksums=SHA256", "--checkpoint=fast", "--label=firebreak " + id),
                    database.credentials().childEnvironment(database.profile()), database.timeouts(), line -> { });
            if (process.waitFor(monitor) != 0) {
                throw new UserFacingException("pg_basebackup failed: " + ToolErrors.explain(process.errors())
                        + " Nothing was kept of this base backup.");
            }
            BaseBackup backup = described(id, folder, startedAt, clock.instant());
            VerifyResult verified = new BaseBackupVerifier(verifier, clock).verify(folder, monitor);
            backup = backup.withVerified(verified);
            if (catalog != null) {
                store.saveCatalog(profile, id, catalog);
            }
            store.saveBaseBackup(profile, backup);
            done = true;
            return backup;
        } finally {
            if (!done) {
                deleteQuietly(folder);
            }
        }
    }

    /**
     * Which file holds which table, just before the backup starts: {@code pitr find} reads WAL that names only files.
     * A server that refuses the query still gets its base backup; find then resolves against the live catalog.
     */
    private static CatalogSnapshot catalog(Database database, Instant now) {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.take(connection, now);
        } catch (SQLException | UserFacingException e) {
            LoggerFactory.getLogger(BaseBackupJob.class).warn("No catalog snapshot for this base backup: {}", e.getMessage());
            return null;
        }
    }

    /** Start and end of the backup's WAL, from the {@code WAL-Ranges} pg_basebackup wrote into its manifest. */
    private static BaseBackup described(String id, Path folder, Instant startedAt, Instant endedAt) {
        try {
            JsonNode ranges = ProtectJson.MAPPER.readTree(folder.resolve("backup_manifest").toFile()).path("WAL-Ranges");
            JsonNode first = ranges.get(0);
            JsonNode last = ranges.get(ranges.size() - 1);
            long size;
            try (Stream<Path> files = Files.list(folder)) {
                size = files.mapToLong(file -> file.toFile().length()).sum();
            }
            return new BaseBackup(id, Lsn.parse(first.path("Start-LSN").asText()), Lsn.parse(last.path("End-LSN").asText()),
                    startedAt, endedAt, last.path("Timeline").asInt(), size, null);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("pg_basebackup finished but its backup_manifest in " + folder
                    + " cannot be read (" + e.getMessage() + "). Nothing was kept of this base backup.", e);
        }
    }

    private static String freeId(Path base, String wanted) {
        String id = wanted;
        for (int n = 2; Files.exists(base.resolve(id)); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the unfinished base backup " + folder, e);
        }
    }
}
