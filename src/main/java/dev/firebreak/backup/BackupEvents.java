package dev.firebreak.backup;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.tables.RowsCopied;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.backup.tables.TablesRestored;
import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventSource;
import dev.firebreak.core.IncidentMoment;
import dev.firebreak.core.Numbers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the backup engine tells the rest of Firebreak (the timeline journals these). */
public final class BackupEvents {
    private BackupEvents() {
    }

    /** An event of backups: made, failed, uploaded, verified, pruned, deleted. */
    public interface BackupEvent extends DomainEvent {
        @Override
        default EventSource source() {
            return EventSource.BACKUP;
        }
    }

    /** An event of a restore, journaled under its own source so the restore's story reads as one. */
    public interface RestoreEvent extends DomainEvent {
        @Override
        default EventSource source() {
            return EventSource.RESTORE;
        }
    }

    /** Whether {@code event} changes which backups exist or what is known about them (made, deleted, verified, restored). */
    public static boolean changesBackups(DomainEvent event) {
        return event instanceof BackupMade || event instanceof BackupDeleted || event instanceof BackupsPruned
                || event instanceof VerificationRecorded || event instanceof RestoreFinished || event instanceof RestoreUndone
                || event instanceof BackupUploaded;
    }

    public record BackupMade(Instant at, BackupManifest manifest) implements BackupEvent {
        @Override
        public String summary() {
            return "Backup " + manifest.id() + " of " + manifest.database() + " made (" + manifest.label() + ", "
                    + Numbers.of(manifest.tables().size(), "table") + ", " + Numbers.bytes(manifest.sizeBytes()) + ")";
        }
    }

    public record BackupFailed(Instant at, String profile, String database, String reason) implements BackupEvent {
        @Override
        public String summary() {
            return "Backup of " + database + " failed: " + reason;
        }
    }

    public record BackupUploaded(Instant at, String backupId, String location, long bytes) implements BackupEvent {
        @Override
        public String summary() {
            return "Backup " + backupId + " uploaded to " + location + " (" + Numbers.bytes(bytes) + ")";
        }
    }

    /** The local backup is untouched by a failed upload; {@code reason} says what to fix. */
    public record UploadFailed(Instant at, String backupId, String location, String reason) implements BackupEvent {
        @Override
        public String summary() {
            return "Upload of backup " + backupId + " to " + location + " failed (the local copy is intact): " + reason;
        }
    }

    public record RestoreStarted(Instant at, String backupId, String database, RestoreMode mode) implements RestoreEvent {
        @Override
        public String summary() {
            return "Restore of backup " + backupId + " into " + database + " started (" + mode + ")";
        }
    }

    /** {@code outcome} is null when the restore failed; then {@code failure} says why and the live database is as before. */
    public record RestoreFinished(Instant at, String backupId, String database, RestoreMode mode, RestoreOutcome outcome,
                                  String failure) implements RestoreEvent {
        public boolean succeeded() {
            return outcome != null;
        }

        @Override
        public String summary() {
            return succeeded() ? outcome.summary()
                    : "Restore of backup " + backupId + " into " + database + " failed, database untouched: " + failure;
        }

        /** Only a replace puts the checked data back under the live name; a new database is a copy beside it. */
        @Override
        public Optional<IncidentMoment> marks() {
            return succeeded() && mode == RestoreMode.REPLACE ? Optional.of(IncidentMoment.MITIGATED) : Optional.empty();
        }
    }

    /** A tables restore put the chosen tables into a side schema and compared them with the live tables. */
    public record RestoreTablesAside(Instant at, TablesRestored restored) implements RestoreEvent {
        @Override
        public String summary() {
            return restored.summary();
        }
    }

    public record RestoreRowsCopiedBack(Instant at, RowsCopied copied) implements RestoreEvent {
        @Override
        public String summary() {
            return copied.summary();
        }

        @Override
        public Optional<IncidentMoment> marks() {
            return copied.copied() > 0 ? Optional.of(IncidentMoment.MITIGATED) : Optional.empty();
        }
    }

    public record RestoreUndone(Instant at, String database, String previousWas, String restoredCopyKeptAs) implements RestoreEvent {
        @Override
        public String summary() {
            return "Restore into " + database + " undone: " + previousWas + " is " + database + " again; the restored copy is kept as "
                    + restoredCopyKeptAs;
        }
    }

    /** A compare found tables of a live database emptier than in a backup: the incident is detected. */
    public record RowsFoundMissing(Instant at, String backupId, String database, List<TableComparison> missing)
            implements BackupEvent {
        public RowsFoundMissing {
            missing = List.copyOf(missing);
        }

        @Override
        public String summary() {
            return "Rows missing in " + database + " against backup " + backupId + ": "
                    + String.join("; ", missing.stream().map(TableComparison::describe).toList());
        }

        @Override
        public Optional<IncidentMoment> marks() {
            return Optional.of(IncidentMoment.DETECTED);
        }
    }

    public record VerificationRecorded(Instant at, String backupId, Verification verification) implements BackupEvent {
        @Override
        public String summary() {
            return "Backup " + backupId + " " + verification.kind() + " verification " + verification.result()
                    + ": " + verification.details();
        }
    }

    /** A retention run deleted {@code backupIds}; {@code profile} null means every profile was pruned. */
    public record BackupsPruned(Instant at, String profile, List<String> backupIds, long bytesFreed) implements BackupEvent {
        public BackupsPruned {
            backupIds = List.copyOf(backupIds);
        }

        @Override
        public String summary() {
            return "Retention deleted " + Numbers.of(backupIds.size(), "backup")
                    + (profile == null ? "" : " of " + profile) + ", " + Numbers.bytes(bytesFreed) + " freed"
                    + (backupIds.isEmpty() ? "" : ": " + String.join(", ", backupIds));
        }
    }
}
