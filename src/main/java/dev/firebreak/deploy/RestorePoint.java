package dev.firebreak.deploy;

import java.time.Instant;

/**
 * Where to go back to if the deploy goes wrong: the pre-deploy backup and, when the server reports it, the WAL
 * position right after it (a {@code recovery_target_lsn} for point-in-time recovery where WAL is archived).
 *
 * @param walLsn   {@code pg_current_wal_lsn()} after the backup, or null (a standby, or not allowed)
 * @param uploaded the backup was also copied to S3
 * @param target   how a command names the database ({@code --profile shop}), for the undo line
 */
public record RestorePoint(String backupId, String walLsn, String database, String target, String commit,
                           String subject, String reason, boolean uploaded, Instant at) {
    /** The timeline entry's text: what was deployed, on whose word, and how to undo it. */
    public String summary() {
        return "Restore point before deploying " + commit.substring(0, 12) + " \"" + subject + "\" to " + database
                + ": backup " + backupId + " (pre-deploy, quick verify passed" + (uploaded ? ", uploaded to S3" : "") + ")"
                + (walLsn == null ? "" : ", WAL position " + walLsn)
                + ". Approved: " + reason
                + ". To undo: firebreak restore " + backupId + " " + target + " --mode replace";
    }
}
