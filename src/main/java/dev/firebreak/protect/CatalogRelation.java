package dev.firebreak.protect;

/**
 * One relation file of a catalog snapshot and the user table it belongs to.
 *
 * @param tableOid the table's {@code pg_class.oid}; 0 for a file of no user table (a sequence)
 * @param heap     whether the file holds the table's rows (not one of its indexes or its TOAST table)
 * @param rows     the table's rows as the server estimated them: the larger of {@code reltuples} and {@code n_live_tup}
 */
public record CatalogRelation(long fileNode, long tableOid, String schema, String table, long rows, boolean heap) {
    public String qualifiedName() {
        return schema + "." + table;
    }

    boolean ofTable() {
        return tableOid != 0;
    }
}
