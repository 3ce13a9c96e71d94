package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link ProtectionStatus} from the files on our disk and, when reachable, the slot on the server. */
final class StatusReport {
    /** A forgotten slot keeps every WAL byte on the server's disk until it fills: warn well before. */
    static final long DEFAULT_WARN_RETAINED = 1L << 30;

    private final ProtectionStore store;
    private final Clock clock;

    StatusReport(ProtectionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ProtectionStatus of(Protection protection, Database database, long warnRetainedBytes) {
        String profile = protection.connection().name();
        List<BaseBackup> backups = store.baseBackups(profile);
        WalArchive archive = WalArchive.scan(store.wal(profile), protection.segmentSize());
        ReceivedPosition received = received(profile, archive);
        SlotState slot = null;
        String serverError = null;
        if (protection.enabled()) {
            try (Connection connection = database.connect()) {
                slot = ReplicationSlot.state(connection, protection.slot()).orElse(null);
            } catch (SQLException | UserFacingException e) {
                serverError = e.getMessage();
            }
        }
        List<String> warnings = warnings(protection, backups, archive, slot, serverError, warnRetainedBytes);
        return new ProtectionStatus(profile, protection.enabled(), protection.slot(), backups,
                received == null ? null : received.lsn(), received == null ? null : received.at(), archive.segments().size(),
                archive.first().map(WalSegment::fileName).orElse(null), archive.last().map(WalSegment::fileName).orElse(null),
                archive.gaps(), slot, serverError, warnRetainedBytes, warnings);
    }

    /** What {@code protect run} recorded, or the end of the newest complete segment if that is further. */
    private ReceivedPosition received(String profile, WalArchive archive) {
        Optional<ReceivedPosition> recorded = store.received(profile);
        Optional<Lsn> complete = archive.completeUpTo();
        if (complete.isPresent() && (recorded.isEmpty() || complete.get().compareTo(recorded.get().lsn()) > 0)) {
            Instant at = archive.segments().stream().filter(segment -> !segment.partial()).reduce((a, b) -> b)
                    .map(segment -> modified(store.wal(profile).resolve(segment.fileName()))).orElse(clock.instant());
            return new ReceivedPosition(complete.get(), at);
        }
        return recorded.orElse(null);
    }

    private static List<String> warnings(Protection protection, List<BaseBackup> backups, WalArchive archive,
                                         SlotState slot, String serverError, long warnRetainedBytes) {
        String profile = protection.connection().name();
        List<String> warnings = new ArrayList<>();
        if (!protection.enabled()) {
            warnings.add("Protection is disabled (slot dropped " + protection.disabledAt() + "): no WAL is kept for "
                    + "Firebreak. Enable it again: firebreak protect enable --profile " + profile);
        } else if (serverError == null && slot == null) {
            warnings.add("The slot " + protection.slot() + " is missing on the server: WAL is not kept for Firebreak. "
                    + "Run firebreak protect enable --profile " + profile + " again.");
        }
        if (slot != null && slot.retainedBytes() > warnRetainedBytes) {
            warnings.add("The slot holds back " + Numbers.bytes(slot.retainedBytes()) + " of WAL on the server's disk "
                    + "(more than " + Numbers.bytes(warnRetainedBytes) + "). Start firebreak protect run --profile " + profile
                    + ", or run protect disable if you no longer want protection: a forgotten slot fills the server's disk.");
        }
        if (slot != null && "lost".equals(slot.walStatus())) {
            warnings.add("The server has removed WAL the slot still needed (max_slot_wal_keep_size): recovery past it "
                    + "is impossible. Take a new base backup: firebreak protect base-backup --profile " + profile);
        }
        for (WalGap gap : archive.gaps()) {
            warnings.add("WAL from " + gap + " is missing: a restore cannot replay across it. Take a new base backup.");
        }
        Optional<BaseBackup> newest = backups.isEmpty() ? Optional.empty() : Optional.of(backups.get(backups.size() - 1));
        if (newest.isEmpty()) {
            warnings.add("No base backup yet: firebreak protect base-backup --profile " + profile);
        } else if (newest.get().verified() == null || !newest.get().verified().ok()) {
            warnings.add("The newest base backup " + newest.get().id() + " did not pass pg_verifybackup: "
                    + "take a new one with firebreak protect base-backup --profile " + profile);
        }
        if (newest.isPresent() && archive.first().isPresent()
                && archive.first().get().number() > newest.get().endLsn().segment(archive.segmentSize())) {
            warnings.add("The WAL received begins after the newest base backup ended: replay from it would stop at once. "
                    + "Take a new base backup while protect run is streaming.");
        }
        return warnings;
    }

    private static Instant modified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toInstant();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
