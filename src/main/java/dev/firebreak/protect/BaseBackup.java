package dev.firebreak.protect;

import java.time.Instant;

/**
 * One base backup in {@code protect/<profile>/base/<id>/} (base.tar.gz, pg_wal.tar.gz, backup_manifest), as recorded
 * in its {@code firebreak-backup.json}. Replay may start from it for any target after {@code endLsn}.
 */
public record BaseBackup(String id, Lsn startLsn, Lsn endLsn, Instant startedAt, Instant endedAt, int timeline,
                         long sizeBytes, VerifyResult verified) {
    public BaseBackup withVerified(VerifyResult result) {
        return new BaseBackup(id, startLsn, endLsn, startedAt, endedAt, timeline, sizeBytes, result);
    }
}
