package dev.firebreak.backup.s3;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A second home for backups away from this machine (S3). An archive is a list of files under the backup's own
 * key prefix, so a directory-format archive is just more files; the manifest is written after all of them and
 * removed before them, so it is the commit point here too.
 */
public interface RemoteStore {
    /** e.g. {@code s3://bucket/prefix}, for messages. */
    String location();

    /** Every backup whose manifest is there, newest first; {@code profile} null means all. */
    List<BackupManifest> list(String profile);

    /** The backup {@code id} of {@code profile}, read from its manifest's own key: one GET, no listing. */
    Optional<BackupManifest> find(String profile, String id);

    /** Uploads the archive's files, then the manifest. */
    void upload(BackupManifest manifest, List<FileToUpload> files, ProgressMonitor monitor);

    /** Downloads the archive's files into {@code directory} (names as uploaded); the caller checks them. */
    void download(BackupManifest manifest, Path directory, ProgressMonitor monitor);

    /** Rewrites the manifest (new verification results). */
    void update(BackupManifest manifest);

    /** The manifest first, then the archive's files. */
    void delete(BackupManifest manifest);

    /** A file of an archive to upload: its name relative to the archive's folder, e.g. {@code <id>.dump}, and where it is. */
    record FileToUpload(String name, Path path) {
    }
}
