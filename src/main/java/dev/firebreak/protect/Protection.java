package dev.firebreak.protect;

import dev.firebreak.backup.connection.ConnectionProfile;
import java.time.Instant;

/**
 * A protected profile as recorded in {@code protect/<profile>/protection.json}: where the server is, the slot that
 * keeps WAL for us, and what pg_receivewal must know to name the files (the server's major and segment size).
 *
 * @param disabledAt when {@code protect disable} dropped the slot (the files stay), or null while protected
 */
public record Protection(ConnectionProfile connection, String slot, int serverMajor, long segmentSize,
                         Instant enabledAt, Instant disabledAt) {
    public boolean enabled() {
        return disabledAt == null;
    }

    public Protection disabled(Instant at) {
        return new Protection(connection, slot, serverMajor, segmentSize, enabledAt, at);
    }
}
