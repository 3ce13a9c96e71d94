package dev.firebreak.backup;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.DatabaseNames;
import dev.firebreak.backup.database.ScratchLock;
import dev.firebreak.backup.database.ScratchPurpose;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.ProcessLock;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A drill. Quick: SHA-256 and {@code pg_restore --list}. Full: restore into a scratch database, compare every
 * table's row count with the manifest, drop the scratch database. The result is recorded in the manifest.
 */
public final class VerifyJob {
    private final BackupEngine engine;
    private final String backupId;
    private final Database server;
    private final boolean quick;

    VerifyJob(BackupEngine engine, String backupId, Database server, boolean quick) {
        this.engine = engine;
        this.backupId = backupId;
        this.server = server;
        this.quick = quick;
    }

    public Verification call(ProgressMonitor monitor) {
        BackupManifest manifest = engine.manifest(backupId);
        VerificationKind kind = quick ? VerificationKind.QUICK : VerificationKind.RESTORE;
        requireToolsAndServer(manifest);
        Verification verification;
        try {
            String details = quick ? quick(monitor) : restore(monitor);
            verification = Verification.of(engine.clock().instant(), kind, true, details);
        } catch (CancelledException e) {
            throw e;
        } catch (UserFacingException e) {
            verification = Verification.of(engine.clock().instant(), kind, false, e.getMessage());
        }
        BackupManifest current = engine.store().find(backupId).orElse(manifest);
        engine.store().update(current.withVerification(verification));
        engine.events().publish(new BackupEvents.VerificationRecorded(engine.clock().instant(), backupId, verification));
        return verification;
    }

    /**
     * A missing pg_restore or an unreachable server says nothing about the archive: those are errors for the user,
     * never a failed verification in the manifest (which would block pushes).
     */
    private void requireToolsAndServer(BackupManifest manifest) {
        try {
            ArchiveRestore.forServer(engine, quick ? 0 : new DatabaseAdmin(server).serverMajor(), manifest);
        } catch (SQLException e) {
            throw SqlFailures.of("Connecting to the server for the test restore", e, "Nothing was verified or changed.");
        }
    }

    private String quick(ProgressMonitor monitor) {
        monitor.update("Checking the archive's SHA-256", 0, -1);
        VerifiedArchive archive = engine.store().open(backupId, monitor);
        List<String> entries = ArchiveRestore.forServer(engine, 0, archive.manifest()).list(archive, monitor);
        return "SHA-256 matches; the archive lists " + entries.size() + " entries";
    }

    private String restore(ProgressMonitor monitor) {
        CompletableFuture<ArchiveRestore.Candidates> pgRestores = ArchiveRestore.lookUp(engine, server);
        VerifiedArchive archive = engine.store().open(backupId, monitor);
        BackupManifest manifest = archive.manifest();
        String scratch = DatabaseNames.scratch(manifest.database(), ScratchPurpose.VERIFY, engine.clock().instant());
        try (ProcessLock lock = ScratchLock.take(engine.scratchLocks(), scratch)) { // a kill leaves it unheld: a leftover
            CheckedRestore.into(archive, pgRestores, server, scratch, monitor);
            CheckedRestore.dropQuietly(new DatabaseAdmin(server), scratch);
        }
        return "Test restore matched all " + Numbers.of(manifest.tables().size(), "table") + " (" + Numbers.of(manifest.totalRows(), "row") + ")";
    }
}
