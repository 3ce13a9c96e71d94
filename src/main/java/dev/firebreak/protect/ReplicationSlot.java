package dev.firebreak.protect;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The physical replication slot that makes the server keep WAL until Firebreak has it. Its name is always a bound
 * parameter, never SQL text; slot names allow only lower-case letters, digits and underscores.
 */
final class ReplicationSlot {
    private static final int MAX_NAME = 63;

    private ReplicationSlot() {
    }

    /** {@code firebreak_<profile>}, lower-cased, other characters as {@code _}. */
    static String nameFor(String profile) {
        String name = "firebreak_" + profile.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static boolean exists(Connection connection, String slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?")) {
            statement.setString(1, slot);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** Creates the slot reserving WAL from now on, so the WAL of the base backup taken next is kept too. */
    static void create(Connection connection, String slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_create_physical_replication_slot(?, true)")) {
            statement.setString(1, slot);
            statement.execute();
        }
    }

    /** Drops the slot; false if there was none. A slot that pg_receivewal reads right now cannot be dropped. */
    static boolean drop(Connection connection, String slot) throws SQLException {
        Optional<SlotState> state = state(connection, slot);
        if (state.isEmpty()) {
            return false;
        }
        if (state.get().active()) {
            throw new UserFacingException("The slot " + slot + " is being read right now (is 'firebreak protect run' "
                    + "still running?). Stop it first; nothing was changed.");
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_drop_replication_slot(?)")) {
            statement.setString(1, slot);
            statement.execute();
        }
        return true;
    }

    static Optional<SlotState> state(Connection connection, String slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT active, restart_lsn, pg_current_wal_lsn(),
                       coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), 0)::bigint, wal_status
                FROM pg_replication_slots WHERE slot_name = ?""")) {
            statement.setString(1, slot);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String restart = row.getString(2);
                return Optional.of(new SlotState(slot, row.getBoolean(1), restart == null ? null : Lsn.parse(restart),
                        Lsn.parse(row.getString(3)), row.getLong(4), row.getString(5)));
            }
        }
    }
}
