package dev.firebreak.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The SQL of the {@code entries} table: insert, read in append order ({@link EntryReader}), and the chain's head. */
final class EntryRows {
    /** References as JSON, written here and read by {@link EntryReader}: one mapper and its caches. */
    static final ObjectMapper JSON = new ObjectMapper();
    /** In the order {@link EntryReader} reads them by position. */
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
    static List<Entry> all(Connection connection, JournalDialect dialect) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        forEach(connection, dialect, entries::add);
        return entries;
    }

    /** Every entry in chain order, one at a time: a whole journal need not fit in memory at once. */
    static void forEach(Connection connection, JournalDialect dialect, Consumer<Entry> each) throws SQLException {
        query(connection, dialect, SELECT + " ORDER BY \"id\"", each);
    }

    /** The incident's entries after entry {@code afterId} (0: all of them), in append order. */
    static List<Entry> ofIncident(Connection connection, JournalDialect dialect, long incident, long afterId)
            throws SQLException {
        List<Entry> entries = new ArrayList<>();
        query(connection, dialect, SELECT + " WHERE \"incident_id\" = ? AND \"id\" > ? ORDER BY \"id\"", entries::add,
                incident, afterId);
        return entries;
    }

    static Optional<Entry> last(Connection connection, JournalDialect dialect) throws SQLException {
        List<Entry> last = new ArrayList<>(1);
        query(connection, dialect, SELECT + " ORDER BY \"id\" DESC LIMIT 1", last::add);
        return last.stream().findFirst();
    }

    private static void query(Connection connection, JournalDialect dialect, String sql, Consumer<Entry> each,
                              long... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                EntryReader reader = new EntryReader(dialect);
                while (rows.next()) {
                    each.accept(reader.read(rows));
                }
            }
        }
    }

    private static String toJson(List<Reference> references) {
        try {
            return JSON.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("References always serialize", e);
        }
    }
}
