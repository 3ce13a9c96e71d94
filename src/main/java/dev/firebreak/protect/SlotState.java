package dev.firebreak.protect;

/**
 * The slot as the server sees it now.
 *
 * @param restartLsn    the oldest WAL the server keeps for us (what pg_receivewal confirmed as flushed), null if
 *                      none was ever reserved
 * @param retainedBytes WAL the server keeps on its disk because of the slot: {@code pg_current_wal_lsn() - restart_lsn}
 * @param walStatus     reserved, extended, unreserved or lost (lost: the server removed WAL we never received)
 */
public record SlotState(String name, boolean active, Lsn restartLsn, Lsn currentLsn, long retainedBytes,
                        String walStatus) {
}
