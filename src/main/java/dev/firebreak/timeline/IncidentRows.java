package dev.firebreak.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the {@code incidents} table. Unlike entries, an incident's status and postmortem text change. */
final class IncidentRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT \"id\", \"title\", \"severity\", \"status\", \"opened_at\", "
            + "\"commander\", \"postmortem\", \"operations_log\" FROM \"incidents\"";

    private IncidentRows() {
    }

    static void insert(Connection connection, Incident incident) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"incidents\" (\"id\", \"title\", "
                + "\"severity\", \"status\", \"opened_at\", \"commander\", \"postmortem\", \"operations_log\") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, incident.id());
            insert.setString(2, incident.title());
            insert.setString(3, incident.severity().name());
            insert.setString(4, incident.status().name());
            insert.setString(5, CanonicalForm.time(incident.openedAt()));
            insert.setString(6, incident.commander());
            insert.setString(7, toJson(incident.postmortem()));
            insert.setBoolean(8, incident.operationsLog());
            insert.executeUpdate();
        }
    }

    static void setStatus(Connection connection, long id, IncidentStatus status) throws SQLException {
        update(connection, "UPDATE \"incidents\" SET \"status\" = ? WHERE \"id\" = ?", status.name(), id);
    }

    static void setPostmortem(Connection connection, long id, Postmortem postmortem) throws SQLException {
        update(connection, "UPDATE \"incidents\" SET \"postmortem\" = ? WHERE \"id\" = ?", toJson(postmortem), id);
    }

    static List<Incident> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY \"id\"");
             ResultSet rows = select.executeQuery()) {
            List<Incident> incidents = new ArrayList<>();
            while (rows.next()) {
                incidents.add(read(rows));
            }
            return incidents;
        }
    }

    /** Called inside the journal's write transaction, so two processes never pick the same id. */
    static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(\"id\"), 0) + 1 FROM \"incidents\"");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void update(Connection connection, String sql, String value, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Incident read(ResultSet row) throws SQLException {
        return new Incident(row.getLong("id"), row.getString("title"), Severity.valueOf(row.getString("severity")),
                IncidentStatus.valueOf(row.getString("status")), OffsetDateTime.parse(row.getString("opened_at")),
                row.getString("commander"), fromJson(row.getString("postmortem")), row.getBoolean("operations_log"));
    }

    private static String toJson(Postmortem postmortem) {
        try {
            return JSON.writeValueAsString(postmortem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A postmortem always serializes", e);
        }
    }

    private static Postmortem fromJson(String json) throws SQLException {
        try {
            return json == null ? Postmortem.EMPTY : JSON.readValue(json, Postmortem.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable postmortem " + json, e);
        }
    }
}
