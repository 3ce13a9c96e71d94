package dev.firebreak.backup;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.retention.RetentionPlan;
import dev.firebreak.backup.retention.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention applied to the store: {@link #plan()} previews, {@link #delete(RetentionPlan)} carries a plan out and
 * tells the journal what went. Backups made after the plan are not in it, so they are never deleted by it.
 */
public final class PruneJob {
    private final BackupEngine engine;
    private final String profile;
    private final RetentionPolicy policy;

    PruneJob(BackupEngine engine, String profile, RetentionPolicy policy) {
        this.engine = engine;
        this.profile = profile;
        this.policy = policy;
    }

    public RetentionPlan plan() {
        return RetentionPlan.of(engine.store().list(profile), policy, engine.clock());
    }

    /** Deletes the plan's doomed backups; what was deleted is published even when a later deletion fails. */
    public BackupEvents.BackupsPruned delete(RetentionPlan plan) {
        List<String> deleted = new ArrayList<>();
        long freed = 0;
        BackupEvents.BackupsPruned pruned;
        try {
            for (BackupManifest backup : plan.toDelete()) {
                engine.store().delete(backup.id());
                deleted.add(backup.id());
                freed += backup.sizeBytes();
            }
        } finally {
            pruned = new BackupEvents.BackupsPruned(engine.clock().instant(), profile, deleted, freed);
            if (!deleted.isEmpty()) {
                engine.events().publish(pruned);
            }
        }
        return pruned;
    }
}
