package dev.firebreak.protect;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The server settings and role attributes that decide whether WAL can be streamed from it, read in one query. */
record ServerFacts(String walLevel, int maxWalSenders, int maxReplicationSlots, int slotsInUse, boolean superuser,
                   boolean replicationRole, String role, String clientAddress, int major, long segmentSize) {
    private static final String QUERY = """
            SELECT current_setting('wal_level'), current_setting('max_wal_senders')::int,
                   current_setting('max_replication_slots')::int, (SELECT count(*) FROM pg_replication_slots)::int,
                   r.rolsuper, r.rolreplication, current_user, host(inet_client_addr()),
                   current_setting('server_version_num')::int / 10000,
                   (SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size')
            FROM pg_roles r WHERE r.rolname = current_user""";

    static ServerFacts read(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            return new ServerFacts(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getBoolean(5),
                    row.getBoolean(6), row.getString(7), row.getString(8), row.getInt(9), row.getLong(10));
        } catch (SQLException e) {
            throw new UserFacingException("Cannot read the server's replication settings: " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }

    boolean mayReplicate() {
        return superuser || replicationRole;
    }

    /** The address the server sees us connect from, for a pg_hba.conf line (a Unix socket has none). */
    String hbaAddress() {
        if (clientAddress == null) {
            return "127.0.0.1/32";
        }
        return clientAddress + (clientAddress.contains(":") ? "/128" : "/32");
    }
}
