package dev.firebreak.protect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which table each relation file of one database belongs to, merged from catalog snapshots: the chosen base backup's
 * first (its names are those the WAL after it was written under), then later ones and the live catalog for files
 * created since. Row counts come from the chosen snapshot only, as the WAL read starts there.
 */
final class FileCatalog {
    private final long database;
    private final Map<Long, CatalogRelation> files = new HashMap<>();
    private final Map<Long, Long> rows = new HashMap<>();

    FileCatalog(CatalogSnapshot chosen, List<CatalogSnapshot> later) {
        this.database = chosen.databaseOid();
        chosen.relations().forEach(relation -> {
            files.putIfAbsent(relation.fileNode(), relation);
            if (relation.heap()) {
                rows.putIfAbsent(relation.fileNode(), relation.rows());
            }
        });
        later.stream().filter(snapshot -> snapshot.databaseOid() == database)
                .forEach(snapshot -> snapshot.relations().forEach(relation -> files.putIfAbsent(relation.fileNode(), relation)));
    }

    long database() {
        return database;
    }

    boolean inDatabase(RelFile file) {
        return file.database() == database;
    }

    /** The user table whose rows {@code file} holds; empty for its indexes, TOAST, sequences and unknown files. */
    Optional<CatalogRelation> heapOf(RelFile file) {
        CatalogRelation relation = inDatabase(file) ? files.get(file.fileNode()) : null;
        return relation != null && relation.heap() ? Optional.of(relation) : Optional.empty();
    }

    /** The rows the chosen snapshot counted in {@code file}, if it is a table's heap there. */
    Optional<Long> rowsAtStart(RelFile file) {
        return Optional.ofNullable(rows.get(file.fileNode()));
    }

    /** A rewrite (VACUUM FULL, CLUSTER, ALTER TABLE … TYPE) moved {@code table}'s rows into {@code file}. */
    void moved(CatalogRelation table, RelFile file) {
        files.put(file.fileNode(), new CatalogRelation(file.fileNode(), table.tableOid(), table.schema(), table.table(),
                table.rows(), true));
    }
}
