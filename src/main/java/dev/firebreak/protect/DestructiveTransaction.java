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

    static DestructiveTransaction of(TransactionEnd commit, List<TableDamage> damage) {
        DamageKind worst = damage.stream().map(TableDamage::kind).min(Comparator.naturalOrder()).orElseThrow();
        return new DestructiveTransaction(commit.xid(), commit.lsn(), commit.at(), worst,
                damage.stream().map(TableDamage::table).distinct().toList(), List.copyOf(damage));
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
