package dev.firebreak.backup;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;

/**
 * Copies a committed local backup to S3. A failure or cancel leaves the local backup exactly as it was and no
 * manifest in S3 (so no half copy is ever listed); either outcome is published for the journal.
 */
public final class UploadJob {
    private final BackupEngine engine;
    private final String backupId;

    UploadJob(BackupEngine engine, String backupId) {
        this.engine = engine;
        this.backupId = backupId;
    }

    /** Returns false when S3 already had the backup (nothing was sent). */
    public boolean call(ProgressMonitor monitor) {
        String location = engine.store().requireS3Config().location();
        BackupManifest manifest = engine.manifest(backupId); // an unknown id is an input error, not a failed upload
        try {
            boolean uploaded = engine.store().upload(backupId, monitor);
            if (uploaded) {
                engine.events().publish(new BackupEvents.BackupUploaded(engine.clock().instant(), backupId, location,
                        manifest.sizeBytes()));
            }
            return uploaded;
        } catch (CancelledException e) {
            engine.events().publish(new BackupEvents.UploadFailed(engine.clock().instant(), backupId, location, "cancelled"));
            throw e;
        } catch (UserFacingException e) {
            engine.events().publish(new BackupEvents.UploadFailed(engine.clock().instant(), backupId, location, e.getMessage()));
            throw new UserFacingException("Upload of backup " + backupId + " to " + location + " failed; the local backup is "
                    + "intact and can be restored: " + e.getMessage(), e);
        }
    }
}
