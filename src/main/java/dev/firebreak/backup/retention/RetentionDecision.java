package dev.firebreak.backup.retention;

import dev.firebreak.backup.manifest.BackupManifest;

/** One backup in a {@link RetentionPlan}: kept or deleted, and the reason a person can check. */
public record RetentionDecision(BackupManifest backup, boolean keep, String reason) {
    static RetentionDecision keep(BackupManifest backup, String reason) {
        return new RetentionDecision(backup, true, reason);
    }

    static RetentionDecision delete(BackupManifest backup, String reason) {
        return new RetentionDecision(backup, false, reason);
    }

    /** {@code keep: newest of week 2026-W45} or {@code delete: older than 30 days …}. */
    public String describe() {
        return (keep ? "keep: " : "delete: ") + reason;
    }
}
