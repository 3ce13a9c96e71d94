package dev.firebreak.ui.backups;

import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.Headline.Level;
import dev.firebreak.ui.Headline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the Backups tab says first about the chosen database, highest priority first: rows missing live (known from a
 * comparison with a backup), a replace restore just done, no backup, the newest real backup stale or never verified,
 * else all well. Safety copies taken before a restore hold the broken database and never count as "the newest backup".
 */
public final class BackupsHeadline {
    /** Older than this, the newest backup is no longer fresh. */
    static final Duration STALE_AFTER = Duration.ofHours(24);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param database   the chosen database
     * @param backups    its backups, newest first, safety copies included
     * @param missing    tables with rows missing live after the last comparison with {@code comparedWith} (empty: none known)
     * @param restored   the replace restore done into this database since, or null
     * @param restoredTables the tables that were missing before {@code restored}, as the restored backup holds them
     */
    public record Situation(String database, List<BackupManifest> backups, List<TableRow> missing, BackupManifest comparedWith,
                            RestoreOutcome restored, List<TableStat> restoredTables, Instant now, ZoneId zone) {
        public Situation {
            backups = List.copyOf(backups);
            missing = missing.stream().filter(row -> row.missing() > 0).toList();
            restoredTables = List.copyOf(restoredTables);
        }
    }

    private BackupsHeadline() {
    }

    public static Headline of(Situation situation) {
        Optional<BackupManifest> newest = newestReal(situation.backups());
        if (!situation.missing().isEmpty() && situation.comparedWith() != null) {
            return rowsMissing(situation);
        }
        RestoreOutcome restored = situation.restored();
        if (restored != null && restored.mode() == RestoreMode.REPLACE && restored.database().equals(situation.database())) {
            return restoreDone(situation, restored);
        }
        if (newest.isEmpty()) {
            boolean copies = !situation.backups().isEmpty();
            return new Headline(Level.RED, "No backup of " + situation.database() + " yet",
                    "Back up now (Ctrl+B)" + (copies ? ": a copy taken before a restore is not a backup to rely on" : ""));
        }
        BackupManifest backup = newest.get();
        String text = age(backup, situation.now());
        Optional<Verification> last = backup.verifications().stream().reduce((first, second) -> second);
        if (last.isPresent() && !last.get().passed()) {
            return new Headline(Level.RED, text, "Back up now (Ctrl+B) and verify the new backup");
        }
        if (Duration.between(backup.finishedAt(), situation.now()).compareTo(STALE_AFTER) > 0) {
            return new Headline(Level.AMBER, text, "Back up now (Ctrl+B)");
        }
        if (!backup.restoreVerified()) {
            return new Headline(Level.AMBER, text, "Verify (test restore) proves that it restores");
        }
        return new Headline(Level.GREEN, text, "");
    }

    /** The status bar's line: the newest real backup's age and verification, never a safety copy's. */
    public static String age(String database, List<BackupManifest> backups, Instant now) {
        return newestReal(backups).map(backup -> age(backup, now)).orElse("No backup of " + database + " yet");
    }

    /** The newest backup made to be restored: not a copy of the database as it was before a restore. */
    static Optional<BackupManifest> newestReal(List<BackupManifest> backups) {
        return backups.stream().filter(backup -> backup.label() != BackupLabel.PRE_RESTORE).findFirst();
    }

    private static String age(BackupManifest backup, Instant now) {
        return "Last backup of " + backup.database() + ": " + Ages.ago(backup.finishedAt(), now) + " — "
                + Ages.verification(backup, now);
    }

    /** "customers: 1,247 rows missing · orders: table gone (3,741 rows)"; then how to get them back. */
    private static Headline rowsMissing(Situation situation) {
        List<TableRow> missing = situation.missing();
        String text = missing.stream().limit(2).map(row -> row.table() + ": " + (row.rowsNow() == null
                        ? "table gone (" + Numbers.of(row.missing(), "row") + ")" : Numbers.of(row.missing(), "row") + " missing"))
                .collect(Collectors.joining(" · "));
        if (missing.size() > 2) {
            text += " · " + Numbers.of(missing.size() - 2, "more table");
        }
        BackupManifest source = situation.comparedWith();
        String which = (source.restoreVerified() ? "the verified backup of " : "the backup of ") + time(source.finishedAt(), situation)
                + (source.restoreVerified() ? "" : " (never test-restored)");
        return new Headline(Level.RED, text, "Restore (replace) brings them back from " + which);
    }

    /** "Restored 12:43 · all 1,247 customers back · Undo available". */
    private static Headline restoreDone(Situation situation, RestoreOutcome restored) {
        String back = situation.restoredTables().isEmpty() ? Numbers.of(restored.rows(), "row")
                : situation.restoredTables().stream().map(table -> Numbers.count(table.rows()) + " " + table.displayName())
                        .collect(Collectors.joining(" and "));
        String text = "Restored " + time(restored.finishedAt(), situation) + " · all " + back + " back";
        return new Headline(Level.GREEN, restored.keptAs() == null ? text : text + " · Undo available",
                restored.keptAs() == null ? "" : "Undo restore puts back " + restored.keptAs() + ", the database as it was before");
    }

    private static String time(Instant at, Situation situation) {
        return CLOCK.format(at.atZone(situation.zone()));
    }
}
