package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Records in {@code received.json} how far WAL is safely on our disk. With {@code --synchronous} pg_receivewal reports
 * each flush at once, and the server keeps it as the slot's {@code restart_lsn}; before the first report that is where
 * the slot began reserving WAL, and nothing before it is needed. Only the slot's one reader (our pg_receivewal) moves
 * it, so its {@code restart_lsn} is the position received, also just after pg_receivewal ended.
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
        flushed().filter(lsn -> recorded == null || lsn.compareTo(recorded) > 0).ifPresent(lsn -> {
            recorded = lsn;
            store.saveReceived(database.profile().name(), new ReceivedPosition(lsn, clock.instant()));
        });
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
