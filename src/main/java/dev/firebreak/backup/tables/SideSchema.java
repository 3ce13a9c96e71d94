package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema {@code firebreak_restore_<yyyymmdd_hhmmss>} of the live database that holds tables restored from a
 * backup. Each side table's comment names the live table it came from ({@code "public"."customers"}), so a later
 * session (the CLI, another console) can compare and copy without knowing how the schema was made.
 */
public final class SideSchema {
    static final String PREFIX = "firebreak_restore_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final String MARK = "Firebreak: tables restored from backup ";
    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind = 'r'
            ORDER BY c.relname""";

    /** A table in the side schema and the live table it is a copy of. */
    public record SideTable(String name, String schema, String table) {
        public String displayName() {
            return new TableStat(schema, table, 0, 0).displayName();
        }
    }

    private SideSchema() {
    }

    public static String name(Instant at) {
        return PREFIX + STAMP.format(at);
    }

    /** Creates the schema marked as Firebreak's (in the caller's transaction). */
    public static void create(Connection live, String schema, String backupId) throws SQLException {
        try (Statement statement = live.createStatement()) {
            statement.execute("SET LOCAL standard_conforming_strings = on"); // literal() relies on it
            statement.execute("CREATE SCHEMA " + Identifiers.quote(schema));
            statement.execute("COMMENT ON SCHEMA " + Identifiers.quote(schema) + " IS " + literal(MARK + backupId));
        }
    }

    /** Records which live table {@code sideTable} is a copy of. */
    static void markOrigin(Connection live, String schema, String sideTable, TableStat origin) throws SQLException {
        try (Statement statement = live.createStatement()) {
            statement.execute("COMMENT ON TABLE " + Identifiers.quote(schema, sideTable) + " IS "
                    + literal(Identifiers.quote(origin.schema(), origin.name())));
        }
    }

    /** The side tables, each with its origin; refuses a schema that Firebreak did not make. */
    public static List<SideTable> tables(Connection live, String schema) throws SQLException {
        requireOurs(live, schema);
        List<SideTable> tables = new ArrayList<>();
        try (PreparedStatement query = live.prepareStatement(TABLES)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String[] origin = origin(live, rows.getString(2));
                    if (origin != null) {
                        tables.add(new SideTable(rows.getString(1), origin[0], origin[1]));
                    }
                }
            }
        }
        return tables;
    }

    /** The side schemas in {@code live}: schemas with Firebreak's name and mark, oldest first. */
    public static List<String> all(Connection live) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement query = live.prepareStatement("SELECT nspname, obj_description(oid, 'pg_namespace') "
                + "FROM pg_namespace WHERE starts_with(nspname, ?) ORDER BY nspname")) {
            query.setString(1, PREFIX);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String comment = rows.getString(2);
                    if (comment != null && comment.startsWith(MARK)) {
                        schemas.add(rows.getString(1));
                    }
                }
            }
        }
        return schemas;
    }

    public static void drop(Connection live, String schema) throws SQLException {
        requireOurs(live, schema);
        try (Statement statement = live.createStatement()) {
            statement.execute("DROP SCHEMA " + Identifiers.quote(schema) + " CASCADE");
        }
    }

    /** The id of the backup the side schema was restored from; refuses a schema that Firebreak did not make. */
    public static String backupId(Connection live, String schema) throws SQLException {
        return requireOurs(live, schema).substring(MARK.length());
    }

    private static String requireOurs(Connection live, String schema) throws SQLException {
        try (PreparedStatement query = live.prepareStatement(
                "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new UserFacingException("There is no schema '" + schema + "' in this database. Nothing was changed.");
                }
                String comment = result.getString(1);
                if (!schema.startsWith(PREFIX) || comment == null || !comment.startsWith(MARK)) {
                    throw new UserFacingException("Schema '" + schema + "' was not made by a Firebreak tables restore, "
                            + "so Firebreak leaves it alone. Nothing was changed.");
                }
                return comment;
            }
        }
    }

    /** {@code "public"."customers"} → {public, customers}; null for a table without our comment. */
    private static String[] origin(Connection live, String comment) throws SQLException {
        if (comment == null || !comment.startsWith("\"")) {
            return null;
        }
        try (PreparedStatement parse = live.prepareStatement("SELECT parse_ident(?)")) {
            parse.setString(1, comment);
            try (ResultSet result = parse.executeQuery()) {
                result.next();
                String[] parts = (String[]) result.getArray(1).getArray();
                return parts.length == 2 ? parts : null;
            }
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
