package dev.firebreak.protect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which file ({@code relfilenode}) holds which user table, read over JDBC: taken just before each base backup and kept
 * next to it as {@code catalog.json}, so WAL that names only files can be read as tables as they were then, also after
 * the tables were dropped. The live catalog is read the same way for tables created since.
 */
public record CatalogSnapshot(long databaseOid, String database, Lsn lsn, Instant takenAt, List<CatalogRelation> relations) {
    static final String FILE = "catalog.json";

    /** Every file of every user table (heap, indexes, TOAST table and its index) and of every user sequence. */
    private static final String FILES = """
            WITH files AS (
                SELECT c.oid, c.relfilenode, c.relkind, CASE WHEN c.relkind = 'i' THEN i.indrelid ELSE c.oid END AS parent
                FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid
                WHERE c.relfilenode <> 0 AND c.relpersistence <> 't'
            )
            SELECT f.relfilenode, t.oid, n.nspname, t.relname,
                   GREATEST(t.reltuples, coalesce(s.n_live_tup, 0))::bigint, f.oid = t.oid
            FROM files f
            JOIN pg_class p ON p.oid = f.parent
            JOIN pg_class t ON t.oid = coalesce((SELECT o.oid FROM pg_class o WHERE p.relkind = 't' AND o.reltoastrelid = p.oid), p.oid)
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_stat_user_tables s ON s.relid = t.oid
            WHERE t.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            UNION ALL
            SELECT c.relfilenode, 0, n.nspname, c.relname, 0, false
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'S' AND c.relfilenode <> 0 AND c.relpersistence <> 't'""";

    static CatalogSnapshot take(Connection connection, Instant now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long oid;
            String name;
            Lsn lsn;
            try (ResultSet row = statement.executeQuery("SELECT d.oid, d.datname, CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END "
                    + "FROM pg_database d WHERE d.datname = current_database()")) {
                row.next();
                oid = row.getLong(1);
                name = row.getString(2);
                lsn = Lsn.parse(row.getString(3));
            }
            List<CatalogRelation> relations = new ArrayList<>();
            try (ResultSet row = statement.executeQuery(FILES)) {
                while (row.next()) {
                    relations.add(new CatalogRelation(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getLong(5), row.getBoolean(6)));
                }
            }
            return new CatalogSnapshot(oid, name, lsn, now, List.copyOf(relations));
        }
    }
}
