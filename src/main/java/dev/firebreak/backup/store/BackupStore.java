package dev.firebreak.backup.store;

import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.core.ProgressMonitor;
import java.util.List;
import java.util.Optional;

/**
 * Where archives and their manifests live: one store (this disk, S3); {@link BackupCatalog} joins them. A backup becomes visible only when
 * {@link #commit} has finished: an interrupted or cancelled one is never listed.
 */
public interface BackupStore {
    /** Starts a new archive for {@code profile}; the caller streams into it and then commits or aborts it. */
    PendingArchive create(String profile, String id);

    /** Makes the archive and its manifest durable and visible, atomically. */
    void commit(PendingArchive archive, BackupManifest manifest);

    /** Starts a directory-format archive: a hidden folder for {@code pg_dump --format=directory}, not created yet. */
    PendingDirectory createDirectory(String profile, String id);

    /** Makes the folder and its manifest durable and visible, atomically (one rename, then the manifest). */
    void commit(PendingDirectory archive, BackupManifest manifest);

    /** Every committed backup, newest first; {@code profile} null means all profiles. */
    List<BackupManifest> list(String profile);

    Optional<BackupManifest> find(String id);

    /**
     * The archive as a local file (or folder, with {@link VerifiedArchive#files()} listing its files) after its
     * SHA-256 and size matched the manifest; a damaged archive throws a {@link dev.firebreak.core.UserFacingException}
     * before anyone can restore from it.
     */
    VerifiedArchive open(String id);

    /** As {@link #open(String)}, for a store that may first have to fetch the archive (progress, cancel). */
    default VerifiedArchive open(String id, ProgressMonitor monitor) {
        return open(id);
    }

    /** Rewrites a committed backup's manifest (new verification results). */
    void update(BackupManifest manifest);

    /**
     * Removes a committed backup: first its manifest (the commit point, so it leaves the catalog at once), then its
     * archive. A crash in between leaves an unlisted archive, never a listed backup without one.
     */
    void delete(String id);
}
