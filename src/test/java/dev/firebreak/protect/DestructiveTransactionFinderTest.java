package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pg_waldump reader on text captured from a real PostgreSQL 15 (database oid 16384): the file numbers in each
 * catalog below are those {@code pg_class} showed on that server before the statements ran.
 */
class DestructiveTransactionFinderTest {
    private static final long DB = 16384;

    @Test
    void aRecordLineIsReadWithItsTransactionPositionAndFiles() {
        WalRecord delete = WalRecord.parse("rmgr: Heap        len (rec/tot):     59/   443, tx:        733, lsn: 0/01949B80, "
                + "prev 0/01949A10, desc: DELETE off 1 flags 0x00 KEYS_UPDATED , blkref #0: rel 1663/16384/16404 blk 0 FPW").orElseThrow();
        assertThat(delete.resourceManager()).isEqualTo("Heap");
        assertThat(delete.xid()).isEqualTo(733);
        assertThat(delete.lsn()).isEqualTo(Lsn.parse("0/1949B80"));
        assertThat(delete.operation()).isEqualTo("DELETE");
        assertThat(delete.blocks()).containsExactly(new RelFile(DB, 16404));

        WalRecord copy = WalRecord.parse("rmgr: Heap2       len (rec/tot):    410/   410, tx:        759, lsn: 0/04000028, "
                + "prev 0/03043E60, desc: MULTI_INSERT+INIT 30 tuples flags 0x02, blkref #0: rel 1663/16384/16448 blk 0").orElseThrow();
        assertThat(copy.operation()).isEqualTo("MULTI_INSERT");
        assertThat(copy.tuples()).isEqualTo(30);

        assertThat(WalRecord.parse("pg_waldump: error: could not find file \"000000010000000000000002\"")).isEmpty();
    }

    @Test
    void aCommitRecordNamesTheFilesAndStatisticsItDropsInUtc() throws IOException {
        TransactionEnd drop = ends("drop-truncate-delete-update.txt").get(0);
        assertThat(drop.xid()).isEqualTo(731);
        assertThat(drop.committed()).isTrue();
        assertThat(drop.lsn()).isEqualTo(Lsn.parse("0/19435B0"));
        assertThat(drop.at()).isEqualTo(Instant.parse("2026-12-08T01:30:15.285683Z"));
        assertThat(drop.droppedFiles()).extracting(RelFile::fileNode).containsExactly(16386L, 16385L, 16390L, 16391L, 16392L);
        assertThat(drop.droppedStats()).extracting(RelFile::fileNode).contains(16386L);

        List<TransactionEnd> savepoints = ends("vacuum-full-rollback-savepoint-alter.txt");
        assertThat(savepoints).extracting(TransactionEnd::xid, TransactionEnd::committed)
                .containsExactly(tuple(740L, true), tuple(741L, false), tuple(742L, true), tuple(744L, true), tuple(745L, true));
        assertThat(savepoints.get(2).subxacts()).containsExactly(743L);
    }

    @Test
    void dropTruncateAndDeletingEveryRowAreFoundInOrderAndASmallUpdateIsNot() throws IOException {
        CatalogSnapshot shop = snapshot(
                table(16386, "customers", 20, 16385, 16390, 16391, 16392),
                table(16395, "orders", 30, 16399, 16400, 16401),
                table(16404, "events", 10, 16408, 16409, 16410));

        List<DestructiveTransaction> found = find("drop-truncate-delete-update.txt", shop, Thresholds.DEFAULT);

        assertThat(found).extracting(DestructiveTransaction::xid, DestructiveTransaction::kind, DestructiveTransaction::tables)
                .containsExactly(tuple(731L, DamageKind.DROP, List.of("public.customers")),
                        tuple(732L, DamageKind.TRUNCATE, List.of("public.orders")),
                        tuple(733L, DamageKind.DELETE, List.of("public.events")));
        assertThat(found).flatExtracting(DestructiveTransaction::damage).extracting(TableDamage::rows, TableDamage::tableRows)
                .containsExactly(tuple(20L, 20L), tuple(30L, 30L), tuple(10L, 10L));
        assertThat(found.get(0).lsn()).isEqualTo(Lsn.parse("0/19435B0"));
        assertThat(found.get(0).recoveryTarget())
                .containsExactly("recovery_target_lsn = '0/19435B0'", "recovery_target_inclusive = false");
        assertThat(found.get(2).committedAt()).isEqualTo(Instant.parse("2026-12-08T01:30:15.289377Z"));

        // 735 updated 5 of the 10 rows inserted again by 734: half the table, but below the fewest rows that count
        assertThat(find("drop-truncate-delete-update.txt", shop, new Thresholds(50, 5)))
                .extracting(DestructiveTransaction::xid, DestructiveTransaction::kind).last()
                .isEqualTo(tuple(735L, DamageKind.UPDATE));
    }

    @Test
    void rewritesRollbacksAndRolledBackSavepointsAreNotDestructiveButATruncateAfterThemIs() throws IOException {
        CatalogSnapshot shop = snapshot(table(16417, "big", 200, 16421, 16422, 16423), table(16425, "small", 5));

        // 740 VACUUM FULL big, 741 a rolled back DELETE of 150 rows, 742 a savepoint emptying small (6 rows),
        // 744 TRUNCATE small then 2 rows inserted, 745 ALTER TABLE big ALTER id TYPE bigint (a rewrite of the rewrite)
        assertThat(find("vacuum-full-rollback-savepoint-alter.txt", shop, Thresholds.DEFAULT))
                .extracting(DestructiveTransaction::xid, DestructiveTransaction::kind, DestructiveTransaction::tables)
                .containsExactly(tuple(744L, DamageKind.TRUNCATE, List.of("public.small")));
        assertThat(find("vacuum-full-rollback-savepoint-alter.txt", shop, new Thresholds(50, 6)))
                .extracting(DestructiveTransaction::xid, DestructiveTransaction::kind)
                .containsExactly(tuple(742L, DamageKind.DELETE), tuple(744L, DamageKind.TRUNCATE));

        CatalogSnapshot copied = snapshot(table(16448, "copied", 0));
        // 760 deleted all 30 copied rows and rolled back; 761 deleted 4 and rolled back a savepoint that deleted 26
        assertThat(find("copy-abort-rollback-to-savepoint.txt", copied, new Thresholds(50, 5))).isEmpty();
        assertThat(find("copy-abort-rollback-to-savepoint.txt", copied, new Thresholds(50, 4)))
                .flatExtracting(DestructiveTransaction::damage)
                .containsExactly(new TableDamage("public.copied", DamageKind.DELETE, 4L, 30L));
    }

    @Test
    void withLogicalWalATruncateOfTwoTablesIsNamedByItsOwnRecordAndAPreparedDeleteCountsWhenCommitted() throws IOException {
        CatalogSnapshot atBackup = snapshot(table(16454, "ledger", 40, 16458), table(16461, "audit", 20, 16465, 16466, 16467));
        CatalogSnapshot live = snapshot(table(16469, "ledger", 0, 16470), table(16471, "audit", 0, 16472, 16473, 16474));

        // 767 TRUNCATE ledger, audit (wal_level = logical: a Heap TRUNCATE record), 768 20 rows into audit's new file,
        // 769 DELETE FROM audit in a transaction prepared, then committed with COMMIT PREPARED
        List<DestructiveTransaction> found = find("logical-truncate-prepared-delete.txt", atBackup, List.of(live), Thresholds.DEFAULT);

        assertThat(found).extracting(DestructiveTransaction::xid, DestructiveTransaction::lsn, DestructiveTransaction::kind,
                        DestructiveTransaction::tables)
                .containsExactly(tuple(767L, Lsn.parse("0/6002FB8"), DamageKind.TRUNCATE, List.of("public.audit", "public.ledger")),
                        tuple(769L, Lsn.parse("0/6004340"), DamageKind.DELETE, List.of("public.audit")));
        assertThat(found).flatExtracting(DestructiveTransaction::damage).extracting(TableDamage::rows, TableDamage::tableRows)
                .containsExactly(tuple(20L, 20L), tuple(40L, 40L), tuple(20L, 20L));
    }

    private static List<DestructiveTransaction> find(String capture, CatalogSnapshot snapshot, Thresholds thresholds)
            throws IOException {
        return find(capture, snapshot, List.of(), thresholds);
    }

    private static List<DestructiveTransaction> find(String capture, CatalogSnapshot snapshot, List<CatalogSnapshot> later,
                                                     Thresholds thresholds) throws IOException {
        DestructiveTransactionFinder finder = new DestructiveTransactionFinder(new FileCatalog(snapshot, later), thresholds);
        lines(capture).forEach(line -> WalRecord.parse(line).ifPresent(finder::accept));
        return finder.found();
    }

    private static List<TransactionEnd> ends(String capture) throws IOException {
        return lines(capture).stream().flatMap(line -> WalRecord.parse(line).stream())
                .flatMap(record -> TransactionEnd.of(record).stream()).toList();
    }

    private static List<String> lines(String capture) throws IOException {
        try (InputStream in = DestructiveTransactionFinderTest.class.getResourceAsStream("waldump/" + capture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** A table's heap, then its other files (sequence, TOAST, indexes) as they appear in a snapshot. */
    private static List<CatalogRelation> table(long heap, String name, long rows, long... others) {
        List<CatalogRelation> files = new java.util.ArrayList<>(List.of(new CatalogRelation(heap, heap, "public", name, rows, true)));
        for (long other : others) {
            files.add(new CatalogRelation(other, heap, "public", name, rows, false));
        }
        return files;
    }

    @SafeVarargs
    private static CatalogSnapshot snapshot(List<CatalogRelation>... tables) {
        return new CatalogSnapshot(DB, "shop", Lsn.ZERO, Instant.EPOCH,
                java.util.Arrays.stream(tables).flatMap(List::stream).toList());
    }
}
