package dev.firebreak.deploy;

import dev.firebreak.backup.database.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Exact row counts of the tables and schemas findings name, in the database the migrations will run against. The
 * server resolves each name as the migration would (quoting, search_path), so a name that is not a table costs nothing.
 */
final class LiveRowCounts {
    /** The table (or partitioned table) the name denotes, the way the migration's own statement would resolve it. */
    private static final String TABLE = """
            SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p')""";
    private static final String SCHEMA_TABLES = """
            SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.oid = to_regnamespace(?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition""";

    /** syntax_error, invalid_name, invalid_schema_name: a computed name ({@code #{table}}) or too many dots for a schema. */
    private static final Set<String> NOT_A_NAME = Set.of("42601", "42602", "3F000");

    private final Connection connection;

    LiveRowCounts(Connection connection) {
        this.connection = connection;
    }

    static LiveRowCounts on(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        return new LiveRowCounts(connection);
    }

    TableRows count(String name) throws SQLException {
        List<String[]> tables = tables(TABLE, name);
        if (!tables.isEmpty()) {
            return new TableRows(name, "table", rows(tables));
        }
        List<String[]> inSchema = tables(SCHEMA_TABLES, name);
        if (!inSchema.isEmpty() || schemaExists(name)) {
            return new TableRows(name, "schema", rows(inSchema));
        }
        return new TableRows(name, null, 0);
    }

    private List<String[]> tables(String query, String name) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        } catch (SQLException e) {
            if (NOT_A_NAME.contains(e.getSQLState())) {
                return found;
            }
            throw e;
        }
        return found;
    }

    private boolean schemaExists(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regnamespace(?) IS NOT NULL")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            if (NOT_A_NAME.contains(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Partitioned tables are counted through their parent only: it sees every partition's rows. */
    private long rows(List<String[]> tables) throws SQLException {
        long total = 0;
        for (String[] table : tables) {
            try (java.sql.Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT count(*) FROM " + Identifiers.quote(table[0], table[1]))) {
                result.next();
                total += result.getLong(1);
            }
        }
        return total;
    }
}
