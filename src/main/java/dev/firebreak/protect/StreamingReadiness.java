package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks, without changing anything on the server, what streaming WAL from it needs: {@code wal_level} replica or
 * logical, a free WAL sender, a role allowed to replicate, a {@code replication} line in pg_hba.conf, and a free
 * slot. Each missing piece becomes one sentence saying which setting to change and how.
 */
final class StreamingReadiness {
    private StreamingReadiness() {
    }

    /** The facts when everything is in place; otherwise a message listing every problem (nothing was changed). */
    static ServerFacts require(Database database, String slot) {
        ServerFacts facts;
        List<String> problems = new ArrayList<>();
        try (Connection connection = database.connect()) {
            facts = ServerFacts.read(connection);
            problems.addAll(settingProblems(facts, ReplicationSlot.exists(connection, slot)));
            if (facts.superuser()) {
                hbaProblem(connection, facts).ifPresent(problems::add);
            }
        } catch (SQLException e) {
            throw new UserFacingException("Cannot check the server: " + e.getMessage() + ". Nothing was changed.", e);
        }
        if (problems.isEmpty()) {
            // pg_hba.conf may allow us and still refuse the address we come from: the real connection is the last word
            ReplicationConnection.tryOpen(database, facts).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            String where = database.profile().host() + ":" + database.profile().port();
            throw new UserFacingException("The server at " + where + " is not ready for continuous protection. "
                    + "Nothing was changed on it or here.\n  - " + String.join("\n  - ", problems));
        }
        return facts;
    }

    static List<String> settingProblems(ServerFacts facts, boolean slotExists) {
        List<String> problems = new ArrayList<>();
        if (facts.walLevel().equals("minimal")) {
            problems.add("wal_level is minimal: set wal_level = replica in postgresql.conf and restart the server.");
        }
        if (facts.maxWalSenders() == 0) {
            problems.add("max_wal_senders is 0: set max_wal_senders = 10 in postgresql.conf and restart the server.");
        }
        if (!facts.mayReplicate()) {
            problems.add("role " + facts.role() + " may not replicate: as a superuser run ALTER ROLE "
                    + Identifiers.quote(facts.role()) + " REPLICATION; (or connect as a role that has it).");
        }
        if (!slotExists && facts.slotsInUse() >= facts.maxReplicationSlots()) {
            problems.add("all " + facts.maxReplicationSlots() + " replication slots are in use (max_replication_slots): set "
                    + "max_replication_slots = " + (facts.maxReplicationSlots() + 10) + " in postgresql.conf and restart the "
                    + "server, or drop a slot nobody reads with SELECT pg_drop_replication_slot('name');");
        }
        return problems;
    }

    /**
     * pg_hba.conf's rules as the server parsed them (readable by superusers only): a replication connection needs a
     * line whose database is {@code replication} ({@code all} does not cover it) for our role or {@code all}.
     */
    private static Optional<String> hbaProblem(Connection connection, ServerFacts facts) throws SQLException {
        String sql = "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NULL AND 'replication' = ANY(database) "
                + "AND (user_name && ARRAY['all', ?::text] OR EXISTS (SELECT 1 FROM unnest(user_name) u WHERE u LIKE '+%'))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, facts.role());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(missingHbaLine(facts));
    }

    static String missingHbaLine(ServerFacts facts) {
        return "pg_hba.conf has no replication line for role " + facts.role() + ": add the line 'host replication "
                + facts.role() + " " + facts.hbaAddress() + " scram-sha-256' and reload the server "
                + "(SELECT pg_reload_conf(); as a superuser).";
    }
}
