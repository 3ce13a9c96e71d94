package dev.firebreak.protect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads pg_waldump's records in WAL order and keeps the committed transactions that destroyed data in one database:
 * <ul>
 * <li>a table's file removed at commit ({@code rels:}) while its statistics are dropped too: DROP TABLE;</li>
 * <li>a table's file removed with its statistics kept: TRUNCATE, unless the transaction also created a transient
 *     table that it dropped again, which is how VACUUM FULL, CLUSTER and ALTER TABLE rewrite a table's rows into a new
 *     file without losing any (with {@code wal_level = logical}, a Heap TRUNCATE record names the table outright);</li>
 * <li>Heap DELETE / UPDATE / HOT_UPDATE records of one table reaching the {@link Thresholds}.</li>
 * </ul>
 * A table's size is the base backup's estimate plus the inserts minus the deletes committed since, as the WAL shows them.
 */
final class DestructiveTransactionFinder {
    private final FileCatalog catalog;
    private final Thresholds thresholds;
    private final Map<Long, RowChanges> open = new HashMap<>();
    private final Map<RelFile, Long> tableRows = new HashMap<>();
    private final List<DestructiveTransaction> found = new ArrayList<>();
    private Lsn lastRead;
    private Instant lastCommit;
    private long records;

    DestructiveTransactionFinder(FileCatalog catalog, Thresholds thresholds) {
        this.catalog = catalog;
        this.thresholds = thresholds;
    }

    void accept(WalRecord record) {
        lastRead = record.lsn();
        records++;
        Optional<TransactionEnd> end = TransactionEnd.of(record);
        if (end.isPresent()) {
            end(end.get(), record.xid());
            return;
        }
        if (record.xid() == 0) {
            return;
        }
        String manager = record.resourceManager();
        String operation = record.operation();
        if (manager.equals("Heap") || manager.equals("Heap2")) {
            heap(record, manager.equals("Heap2") && operation.equals("MULTI_INSERT") ? "INSERT" : operation);
        } else if (record.is("Storage", "CREATE")) {
            String[] words = record.description().split("\\s+");
            RelFile.ofPath(words[words.length - 1]).filter(catalog::inDatabase)
                    .ifPresent(file -> changes(record.xid()).created.add(file));
        }
    }

    private void heap(WalRecord record, String operation) {
        if (record.blocks().isEmpty() && !operation.equals("TRUNCATE")) {
            return;
        }
        switch (operation) {
            case "DELETE" -> count(record, RowChanges.DELETED, 1);
            case "UPDATE", "HOT_UPDATE" -> count(record, RowChanges.UPDATED, 1);
            case "INSERT" -> count(record, RowChanges.INSERTED, record.resourceManager().equals("Heap2") ? record.tuples() : 1);
            case "TRUNCATE" -> { // "TRUNCATE nrelids 2 relids 16404 16410": table oids, wal_level = logical only
                String description = record.description();
                int relids = description.indexOf("relids ", description.indexOf("nrelids") + 7);
                if (relids > 0) {
                    for (String oid : description.substring(relids + 7).strip().split("\\s+")) {
                        changes(record.xid()).truncatedTables.add(Long.parseLong(oid));
                    }
                }
            }
            default -> { // locks, pruning, freezing, visibility: no row appears or disappears
            }
        }
    }

    private void count(WalRecord record, int what, long rows) {
        RelFile file = record.blocks().get(0);
        if (catalog.inDatabase(file)) {
            changes(record.xid()).add(file, what, rows);
        }
    }

    private RowChanges changes(long xid) {
        return open.computeIfAbsent(xid, key -> new RowChanges());
    }

    private void end(TransactionEnd end, long headerXid) {
        RowChanges changes = Optional.ofNullable(open.remove(end.xid())).orElseGet(RowChanges::new);
        if (headerXid != end.xid()) {
            Optional.ofNullable(open.remove(headerXid)).ifPresent(changes::absorb);
        }
        end.subxacts().forEach(sub -> Optional.ofNullable(open.remove(sub)).ifPresent(changes::absorb));
        if (!end.committed()) {
            return; // rolled back: nothing happened
        }
        lastCommit = end.at();
        List<TableDamage> damage = new ArrayList<>();
        Set<RelFile> dropped = end.droppedFiles().stream().filter(catalog::inDatabase).collect(Collectors.toSet());
        Set<Long> statsDropped = end.droppedStats().stream().filter(catalog::inDatabase).map(RelFile::fileNode)
                .collect(Collectors.toSet());
        // a transient table gets a file numbered like its oid; its stats go at commit after its file was swapped in
        List<RelFile> transientHeaps = changes.created.stream().filter(file -> statsDropped.contains(file.fileNode())).toList();
        Map<RelFile, CatalogRelation> rewritten = new LinkedHashMap<>();
        for (RelFile file : end.droppedFiles()) {
            if (!dropped.contains(file)) {
                continue;
            }
            catalog.heapOf(file).ifPresent(table -> {
                Long rows = tableRows(file);
                if (statsDropped.contains(table.tableOid())) {
                    damage.add(new TableDamage(table.qualifiedName(), DamageKind.DROP, rows, rows));
                } else if (changes.truncatedTables.contains(table.tableOid()) || transientHeaps.isEmpty()) {
                    damage.add(new TableDamage(table.qualifiedName(), DamageKind.TRUNCATE, rows, rows));
                } else {
                    rewritten.put(file, table);
                }
            });
        }
        for (Map.Entry<RelFile, long[]> entry : changes.counts.entrySet()) {
            RelFile file = entry.getKey();
            if (dropped.contains(file)) {
                continue; // the drop or truncate is the story, not the rows removed before it
            }
            catalog.heapOf(file).ifPresent(table -> {
                Long before = tableRows(file);
                Long held = before == null ? null : before + entry.getValue()[RowChanges.INSERTED];
                for (int what : new int[] {RowChanges.DELETED, RowChanges.UPDATED}) {
                    long changed = entry.getValue()[what];
                    if (changed > 0 && thresholds.reached(changed, held)) {
                        damage.add(new TableDamage(table.qualifiedName(),
                                what == RowChanges.DELETED ? DamageKind.DELETE : DamageKind.UPDATE, changed, held));
                    }
                }
            });
        }
        if (!damage.isEmpty()) {
            found.add(DestructiveTransaction.of(end, damage));
        }
        track(changes, dropped, rewritten, transientHeaps);
    }

    /** Carries each table's estimated size past this commit. */
    private void track(RowChanges changes, Set<RelFile> dropped, Map<RelFile, CatalogRelation> rewritten,
                       List<RelFile> transientHeaps) {
        rewritten.forEach((old, table) -> newHeap(table, changes, rewritten.size(), transientHeaps).ifPresent(file -> {
            catalog.moved(table, file);
            tableRows.put(file, tableRows(old));
        }));
        // a new table or a truncated table's new file starts empty; a transient one holds rows we could not pair
        changes.created.stream().filter(file -> !transientHeaps.contains(file))
                .forEach(file -> tableRows.putIfAbsent(file, 0L));
        changes.counts.forEach((file, counts) -> {
            Long rows = tableRows(file);
            if (rows != null) {
                tableRows.put(file, Math.max(0, rows + counts[RowChanges.INSERTED] - counts[RowChanges.DELETED]));
            }
        });
        dropped.forEach(file -> tableRows.put(file, null));
    }

    /**
     * Where a rewrite put {@code table}'s rows: the created file a later catalog names as its heap, else, when only one
     * table was rewritten, the transient table's heap, created before its TOAST table and so first in the WAL.
     */
    private Optional<RelFile> newHeap(CatalogRelation table, RowChanges changes, int tablesRewritten,
                                      List<RelFile> transientHeaps) {
        Optional<RelFile> named = changes.created.stream().filter(file -> catalog.heapOf(file)
                .map(relation -> relation.tableOid() == table.tableOid()).orElse(false)).findFirst();
        return named.isPresent() || tablesRewritten > 1 ? named : transientHeaps.stream().findFirst();
    }

    private Long tableRows(RelFile file) {
        return tableRows.containsKey(file) ? tableRows.get(file) : catalog.rowsAtStart(file).orElse(null);
    }

    List<DestructiveTransaction> found() {
        return List.copyOf(found);
    }

    Optional<Lsn> lastRead() {
        return Optional.ofNullable(lastRead);
    }

    /** When the newest transaction read committed: how far the WAL read reaches in time. */
    Optional<Instant> lastCommit() {
        return Optional.ofNullable(lastCommit);
    }

    long records() {
        return records;
    }
}
