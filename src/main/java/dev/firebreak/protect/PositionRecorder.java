package dev.firebreak.protect;

import dev.firebreak.backup.Database;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Records in {@code received.json} how far pg_receivewal has flushed WAL to our disk. With {@code --synchronous} it
 * reports each flush at once, and the server keeps that as the slot's {@code restart_lsn}; the first value seen is
 * where streaming resumes (reserved, not yet received), so only advances beyond it are recorded.
 */
final class PositionRecorder implements AutoCloseable {
    private static final long EVERY_NANOS = 250_000_000L;

    private final Database database;
    private final String slot;
    private final ProtectionStore store;
    private final Clock clock;
    private Connection connection;
    private Lsn recorded;
    private long lastPoll;

    PositionRecorder(Database database, String slot, ProtectionStore store, Clock clock) {
        this.database = database;
        this.slot = slot;
        this.store = store;
        this.clock = clock;
        this.recorded = store.received(database.profile().name()).map(ReceivedPosition::lsn).orElse(null);
    }

    /** Called often while pg_receivewal runs; asks the server at most four times a second. */
    void pollNowAndThen() {
        long now = System.nanoTime();
        if (now - lastPoll >= EVERY_NANOS) {
            lastPoll = now;
            poll();
        }
    }

    void poll() {
        Optional<Lsn> flushed = flushed();
        if (flushed.isEmpty()) {
            return;
        }
        if (recorded == null) {
            recorded = flushed.get(); // the resume point: received before, or reserved and not yet received
        } else if (flushed.get().compareTo(recorded) > 0) {
            recorded = flushed.get();
            store.saveReceived(database.profile().name(), new ReceivedPosition(recorded, clock.instant()));
        }
    }

    private Optional<Lsn> flushed() {
        try {
            if (connection == null) {
                connection = database.connect();
            }
            return ReplicationSlot.state(connection, slot).map(SlotState::restartLsn);
        } catch (SQLException | UserFacingException e) {
            close(); // the server is away: pg_receivewal notices too and is restarted; ask again then
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection was already broken
            }
            connection = null;
        }
    }
}
