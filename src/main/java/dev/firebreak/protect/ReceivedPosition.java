package dev.firebreak.protect;

import java.time.Instant;

/**
 * How far WAL is safely on our disk: the position pg_receivewal confirmed as flushed ({@code --synchronous}), which
 * the server shows as the slot's {@code restart_lsn}, and when {@code protect run} saw it.
 */
public record ReceivedPosition(Lsn lsn, Instant at) {
}
