package dev.firebreak.protect;

import java.time.Instant;
import java.util.List;

/**
 * {@code protect status}: what is on our disk (base backups, WAL received up to where and when, holes) and what the
 * slot costs the server now. {@code slot} is null when the server could not be asked ({@code serverError} says why).
 */
public record ProtectionStatus(String profile, boolean enabled, String slotName, List<BaseBackup> baseBackups,
                               Lsn walReceivedLsn, Instant walReceivedAt, int walSegments, String firstSegment,
                               String lastSegment, List<WalGap> gaps, SlotState slot, String serverError,
                               long warnRetainedBytes, List<String> warnings) {
}
