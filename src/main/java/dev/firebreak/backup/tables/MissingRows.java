package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a side table that the live table lacks, and how to copy them back: columns are matched by name
 * and type; a row is missing when no live row has its primary key. A table without a primary key is compared by
 * whole rows but never copied into, since a row changed live cannot be told from a missing one.
 */
public final class MissingRows {
    static final int PREVIEW = 5;

    private final String schema;
    private final SideSchema.SideTable side;
    private final boolean liveExists;
    private final List<String> mapped = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private final List<String> key;
    private String notCopyable;

    private MissingRows(Connection live, String schema, SideSchema.SideTable side) throws SQLException {
        this.schema = schema;
        this.side = side;
        List<TableColumns.Column> restored = TableColumns.of(live, schema, side.name());
        Map<String, TableColumns.Column> current = TableColumns.of(live, side.schema(), side.table()).stream()
                .collect(Collectors.toMap(TableColumns.Column::name, Function.identity()));
        this.liveExists = !current.isEmpty();
        this.key = TableColumns.primaryKey(live, side.schema(), side.table());
        if (!liveExists) {
            notCopyable = "the table does not exist live: re-create it (or restore with --mode new) and compare again";
            return;
        }
        for (TableColumns.Column column : restored) {
            TableColumns.Column now = current.get(column.name());
            if (now == null) {
                unmapped.add(column.name() + " (not in the live table)");
            } else if (now.generated()) {
                unmapped.add(column.name() + " (generated live)");
            } else if (!now.type().equals(column.type())) {
                unmapped.add(column.name() + " (" + column.type() + " in the backup, " + now.type() + " live)");
            } else {
                mapped.add(column.name());
            }
        }
        current.values().stream().filter(now -> now.notNull() && !now.filled() && !mapped.contains(now.name()))
                .findFirst().ifPresent(now -> notCopyable = "cannot copy: live column " + now.name()
                        + " is NOT NULL without a default and has no value in the backup");
        if (key.isEmpty()) {
            notCopyable = "no primary key: compared by whole rows, and not copied, because a row changed live "
                    + "cannot be told from a missing one";
        } else if (!mapped.containsAll(key)) {
            notCopyable = "cannot copy: the primary key (" + String.join(", ", key) + ") does not map to the backup's columns";
        }
    }

    public static MissingRows of(Connection live, String schema, SideSchema.SideTable side) throws SQLException {
        return new MissingRows(live, schema, side);
    }

    /** Every table of the side schema against its live table. */
    public static List<TableDifference> compare(Connection live, String schema) throws SQLException {
        List<TableDifference> differences = new ArrayList<>();
        for (SideSchema.SideTable side : SideSchema.tables(live, schema)) {
            differences.add(of(live, schema, side).difference(live));
        }
        return differences;
    }

    public boolean copyable() {
        return notCopyable == null;
    }

    public String notCopyable() {
        return notCopyable;
    }

    public List<String> unmapped() {
        return unmapped;
    }

    TableDifference difference(Connection live) throws SQLException {
        long inBackup = count(live, "SELECT count(*) FROM " + sideTable());
        if (!liveExists) {
            return new TableDifference(side.displayName(), side.name(), inBackup, null, inBackup, List.of(), unmapped, notCopyable);
        }
        long now = count(live, "SELECT count(*) FROM " + liveTable());
        Long missing = null;
        List<String> preview = List.of();
        if (!key.isEmpty() && mapped.containsAll(key)) {
            missing = count(live, "SELECT count(*) FROM " + sideTable() + " s WHERE " + absentLive());
            preview = preview(live);
        } else if (!mapped.isEmpty()) {
            String columns = TableColumns.list(mapped);
            missing = count(live, "SELECT count(*) FROM (SELECT " + columns + " FROM " + sideTable()
                    + " EXCEPT ALL SELECT " + columns + " FROM " + liveTable() + ") missing");
        }
        return new TableDifference(side.displayName(), side.name(), inBackup, now, missing, preview, unmapped, notCopyable);
    }

    /**
     * Inserts the missing rows (in the caller's transaction) and moves the live table's sequences past the copied
     * keys, so the application's next insert does not collide with a restored row. Returns the rows inserted.
     */
    public long copy(Connection live) throws SQLException {
        if (!copyable()) {
            throw new IllegalStateException(notCopyable);
        }
        String columns = TableColumns.list(mapped);
        long inserted;
        try (Statement statement = live.createStatement()) {
            inserted = statement.executeUpdate("INSERT INTO " + liveTable() + " (" + columns + ") OVERRIDING SYSTEM VALUE"
                    + " SELECT " + prefixed("s", mapped) + " FROM " + sideTable() + " s WHERE " + absentLive()
                    + " ON CONFLICT (" + TableColumns.list(key) + ") DO NOTHING");
        }
        for (String column : mapped) {
            advanceSequence(live, column);
        }
        return inserted;
    }

    private void advanceSequence(Connection live, String column) throws SQLException {
        String sequence;
        try (PreparedStatement query = live.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            query.setString(1, liveTable());
            query.setString(2, column);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                sequence = result.getString(1);
            }
        }
        if (sequence == null) {
            return;
        }
        try (PreparedStatement advance = live.prepareStatement("SELECT setval(?::regclass, top) FROM (SELECT max("
                + Identifiers.quote(column) + ")::bigint AS top FROM " + liveTable() + ") t"
                + " WHERE top > coalesce(pg_sequence_last_value(?::regclass), 0)")) {
            advance.setString(1, sequence);
            advance.setString(2, sequence);
            advance.executeQuery().close();
        }
    }

    private List<String> preview(Connection live) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = live.createStatement(); ResultSet rows = statement.executeQuery("SELECT "
                + prefixed("s", key) + " FROM " + sideTable() + " s WHERE " + absentLive()
                + " ORDER BY " + prefixed("s", key) + " LIMIT " + PREVIEW)) {
            while (rows.next()) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < key.size(); i++) {
                    parts.add(key.get(i) + "=" + rows.getString(i + 1));
                }
                keys.add(String.join(" ", parts));
            }
        }
        return keys;
    }

    /** No live row has this side row's primary key. */
    private String absentLive() {
        return "NOT EXISTS (SELECT 1 FROM " + liveTable() + " l WHERE "
                + String.join(" AND ", key.stream().map(k -> "l." + Identifiers.quote(k) + " = s." + Identifiers.quote(k)).toList())
                + ")";
    }

    private String sideTable() {
        return Identifiers.quote(schema, side.name());
    }

    private String liveTable() {
        return Identifiers.quote(side.schema(), side.table());
    }

    private static String prefixed(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(column -> alias + "." + Identifiers.quote(column)).toList());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
