package dev.firebreak.protect;

import java.time.Instant;
import java.util.List;

/**
 * What {@code pitr find} read and found, oldest transaction first.
 *
 * @param baseBackup   the base backup whose catalog named the tables and after whose end the transactions lie
 * @param readUpTo     the last WAL record pg_waldump read: nothing after it was searched
 * @param lastCommitAt when the newest transaction read committed, null when none did
 */
public record SearchReport(String profile, String baseBackup, Lsn readFrom, Lsn readUpTo, Instant lastCommitAt,
                           List<DestructiveTransaction> transactions, List<String> warnings) {
}
