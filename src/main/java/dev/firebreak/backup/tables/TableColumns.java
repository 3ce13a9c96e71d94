package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A table's columns and primary key, read from the catalog (empty when the table does not exist). */
final class TableColumns {
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   a.atthasdef OR a.attidentity <> '', a.attgenerated <> ''
            FROM pg_attribute a
            WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";
    private static final String PRIMARY_KEY = """
            SELECT a.attname
            FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = to_regclass(?) AND i.indisprimary
            ORDER BY array_position(i.indkey::int2[], a.attnum)""";

    /**
     * @param filled the database fills it when an insert leaves it out (a default, identity or generated column)
     */
    record Column(String name, String type, boolean notNull, boolean filled, boolean generated) {
        String quoted() {
            return Identifiers.quote(name);
        }
    }

    private TableColumns() {
    }

    static List<Column> of(Connection connection, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS)) {
            query.setString(1, Identifiers.quote(schema, table));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean generated = rows.getBoolean(5);
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                            rows.getBoolean(4) || generated, generated));
                }
            }
        }
        return columns;
    }

    /** The primary key's column names in key order; empty when the table has none. */
    static List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PRIMARY_KEY)) {
            query.setString(1, Identifiers.quote(schema, table));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
        }
        return key;
    }

    /** {@code "a", "b"}. */
    static String list(List<String> names) {
        return String.join(", ", names.stream().map(Identifiers::quote).toList());
    }
}
