package dev.firebreak.protect;

/**
 * One table a destructive transaction hit.
 *
 * @param rows      rows dropped, truncated, deleted or updated; null when the table's size was never known (its file
 *                  is in no catalog snapshot and was not created in the WAL read)
 * @param tableRows rows the table held just before, as estimated from the base backup's catalog and the inserts and
 *                  deletes in the WAL since; null when unknown
 */
public record TableDamage(String table, DamageKind kind, Long rows, Long tableRows) {
}
