package dev.firebreak.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The SQL of the {@code entries} table: insert, read in append order, and the chain's head. */
final class EntryRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "\"id\", \"incident_id\", \"occurred_at\", \"ended_at\", \"recorded_at\", "
            + "\"author\", \"kind\", \"source\", \"body\", \"refs\", \"pinned\", \"corrects\", \"correction\", "
            + "\"previous_hash\", \"hash\"";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM \"entries\"";

    private EntryRows() {
    }

    static void insert(Connection connection, Entry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO \"entries\" (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.id());
            insert.setLong(2, entry.incident());
            insert.setString(3, CanonicalForm.time(entry.occurredAt()));
            insert.setString(4, entry.end().map(CanonicalForm::time).orElse(null));
            insert.setString(5, CanonicalForm.instant(entry.recordedAt()));
            insert.setString(6, entry.author());
            insert.setString(7, entry.kind().name());
            insert.setString(8, entry.source().name());
            insert.setString(9, entry.text());
            insert.setString(10, toJson(entry.references()));
            insert.setBoolean(11, entry.pinned());
            if (entry.corrects().isPresent()) {
                insert.setLong(12, entry.correction().target());
            } else {
                insert.setNull(12, Types.BIGINT);
            }
            insert.setString(13, entry.corrects().map(c -> c.type().name()).orElse(null));
            insert.setString(14, entry.previousHash());
            insert.setString(15, entry.hash());
            insert.executeUpdate();
        }
    }

    /** Every entry of the journal in append order, which is the chain's order. */
    static List<Entry> all(Connection connection) throws SQLException {
        return query(connection, SELECT + " ORDER BY \"id\"", null);
    }

    static List<Entry> ofIncident(Connection connection, long incident) throws SQLException {
        return query(connection, SELECT + " WHERE \"incident_id\" = ? ORDER BY \"id\"", incident);
    }

    static Optional<Entry> last(Connection connection) throws SQLException {
        List<Entry> last = query(connection, SELECT + " ORDER BY \"id\" DESC LIMIT 1", null);
        return last.stream().findFirst();
    }

    private static List<Entry> query(Connection connection, String sql, Long incident) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (incident != null) {
                select.setLong(1, incident);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(read(rows));
                }
                return entries;
            }
        }
    }

    private static Entry read(ResultSet row) throws SQLException {
        String endedAt = row.getString("ended_at");
        String correction = row.getString("correction");
        long corrects = row.getLong("corrects");
        return new Entry(row.getLong("id"), row.getLong("incident_id"), OffsetDateTime.parse(row.getString("occurred_at")),
                endedAt == null ? null : OffsetDateTime.parse(endedAt), Instant.parse(row.getString("recorded_at")),
                row.getString("author"), EntryKind.valueOf(row.getString("kind")), row.getString("body"),
                EntrySource.valueOf(row.getString("source")), fromJson(row.getString("refs")), row.getBoolean("pinned"),
                correction == null ? null : new Correction(corrects, Correction.Type.valueOf(correction.toUpperCase(Locale.ROOT))),
                row.getString("previous_hash"), row.getString("hash"));
    }

    private static String toJson(List<Reference> references) {
        try {
            return JSON.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("References always serialize", e);
        }
    }

    private static List<Reference> fromJson(String json) throws SQLException {
        if ("[]".equals(json)) {
            return List.of(); // most entries: spares Jackson on every row of a 100,000-entry incident
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Reference>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable references " + json, e);
        }
    }
}
