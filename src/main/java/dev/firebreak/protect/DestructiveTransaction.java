package dev.firebreak.protect;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A committed transaction that dropped, truncated, or deleted or updated much of a table. Replay stops just before it
 * with {@code recovery_target_lsn = lsn} (the commit record's position) or {@code recovery_target_xid = xid}, both with
 * {@code recovery_target_inclusive = false}: everything committed before it is kept, it and all after are not.
 */
public record DestructiveTransaction(long xid, Lsn lsn, Instant committedAt, DamageKind kind, List<String> tables,
                                     List<TableDamage> damage) {

    /** Tables by kind, then by name: a COMMIT record lists dropped files in no order a user would recognise. */
    static DestructiveTransaction of(TransactionEnd commit, List<TableDamage> damage) {
        List<TableDamage> sorted = damage.stream()
                .sorted(Comparator.comparing(TableDamage::kind).thenComparing(TableDamage::table)).toList();
        return new DestructiveTransaction(commit.xid(), commit.lsn(), commit.at(), sorted.get(0).kind(),
                sorted.stream().map(TableDamage::table).distinct().toList(), sorted);
    }

    /** The recovery settings that stop replay just before this transaction's commit. */
    public List<String> recoveryTarget() {
        return List.of("recovery_target_lsn = '" + lsn + "'", "recovery_target_inclusive = false");
    }

    public boolean touches(String table) {
        return tables.stream().anyMatch(name -> name.equalsIgnoreCase(table)
                || name.substring(name.indexOf('.') + 1).equalsIgnoreCase(table));
    }
}
