package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.ui.Headline.Level;
import dev.firebreak.ui.Headline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Backups tab's first statement, decided from the situation: each state, and who wins when two are true. */
class BackupsHeadlineTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:45:00Z");
    private static final TableStat CUSTOMERS = new TableStat("public", "customers", 1_247, 90_000);
    private static final TableStat ORDERS = new TableStat("public", "orders", 3_741, 200_000);

    @Test
    void rowsMissingLiveIsRedAndSaysHowToGetThemBack() {
        BackupManifest verified = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240)));
        Headline headline = BackupsHeadline.of(situation(List.of(verified), missing(), verified, null));

        assertThat(headline.level()).isEqualTo(Level.RED);
        assertThat(headline.text()).isEqualTo("customers: 1,247 rows missing · orders: table gone (3,741 rows)");
        assertThat(headline.next()).isEqualTo("Restore (replace) brings them back from the verified backup of 12:41");
    }

    @Test
    void anUnverifiedSourceIsNamedAsSuch() {
        BackupManifest plain = backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240));
        assertThat(BackupsHeadline.of(situation(List.of(plain), missing(), plain, null)).next())
                .isEqualTo("Restore (replace) brings them back from the backup of 12:41 (never test-restored)");
    }

    @Test
    void rowsMissingBeatAStaleBackup() {
        BackupManifest old = verified(backup("b1", BackupLabel.MANUAL, NOW.minus(Duration.ofDays(3))));
        Headline headline = BackupsHeadline.of(situation(List.of(old), missing(), old, null));
        assertThat(headline.level()).isEqualTo(Level.RED);
        assertThat(headline.text()).startsWith("customers: 1,247 rows missing");
    }

    @Test
    void rowsMissingBeatAFreshVerifiedBackup() {
        // the worst bug this console can have: a green "verified just now" over an emptied table
        BackupManifest fresh = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(10)));
        assertThat(BackupsHeadline.of(situation(List.of(fresh), missing(), fresh, null)).level()).isEqualTo(Level.RED);
        assertThat(BackupsHeadline.of(situation(List.of(fresh), List.of(), null, null)).level()).isEqualTo(Level.GREEN);
    }

    @Test
    void aReplaceRestoreJustDoneIsGreenEvenThoughTheNewestFileIsTheSafetyCopy() {
        BackupManifest source = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240)));
        BackupManifest safety = backup("b2", BackupLabel.PRE_RESTORE, NOW.minusSeconds(120));
        Headline headline = BackupsHeadline.of(new BackupsHeadline.Situation("shop", List.of(safety, source), List.of(), null,
                replaced(), List.of(CUSTOMERS), NOW, ZoneOffset.UTC));

        assertThat(headline.level()).isEqualTo(Level.GREEN);
        assertThat(headline.text()).isEqualTo("Restored 12:43 · all 1,247 customers back · Undo available");
        assertThat(headline.next()).contains("Undo restore puts back shop_before_restore");
    }

    @Test
    void withoutKnownMissingTablesTheRestoreCountsAllItsRows() {
        BackupManifest source = backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240));
        assertThat(BackupsHeadline.of(situation(List.of(source), List.of(), null, replaced())).text())
                .isEqualTo("Restored 12:43 · all 4,988 rows back · Undo available");
    }

    @Test
    void rowsMissingAgainAfterARestoreWin() {
        BackupManifest source = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240)));
        assertThat(BackupsHeadline.of(situation(List.of(source), missing(), source, replaced())).level()).isEqualTo(Level.RED);
    }

    @Test
    void aRestoreIntoAnotherDatabaseSaysNothingAboutThisOne() {
        BackupManifest source = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(240)));
        RestoreOutcome elsewhere = new RestoreOutcome("b1", RestoreMode.REPLACE, "other", "other_before", "b9", 10, NOW);
        assertThat(BackupsHeadline.of(situation(List.of(source), List.of(), null, elsewhere)).text()).startsWith("Last backup of shop");
    }

    @Test
    void noBackupIsRed() {
        Headline headline = BackupsHeadline.of(situation(List.of(), List.of(), null, null));
        assertThat(headline.level()).isEqualTo(Level.RED);
        assertThat(headline.text()).isEqualTo("No backup of shop yet");
        assertThat(headline.next()).isEqualTo("Back up now (Ctrl+B)");
    }

    @Test
    void onlySafetyCopiesIsNoBackup() {
        BackupManifest safety = verified(backup("b2", BackupLabel.PRE_RESTORE, NOW.minusSeconds(60)));
        Headline headline = BackupsHeadline.of(situation(List.of(safety), List.of(), null, null));
        assertThat(headline.level()).isEqualTo(Level.RED);
        assertThat(headline.text()).isEqualTo("No backup of shop yet");
        assertThat(headline.next()).contains("a copy taken before a restore is not a backup to rely on");
    }

    @Test
    void aStaleBackupIsAmber() {
        BackupManifest old = verified(backup("b1", BackupLabel.SCHEDULED, NOW.minus(Duration.ofDays(3))));
        Headline headline = BackupsHeadline.of(situation(List.of(old), List.of(), null, null));
        assertThat(headline.level()).isEqualTo(Level.AMBER);
        assertThat(headline.text()).startsWith("Last backup of shop: 3 days ago");
        assertThat(headline.next()).isEqualTo("Back up now (Ctrl+B)");
    }

    @Test
    void aFreshNeverVerifiedBackupIsAmber() {
        Headline headline = BackupsHeadline.of(situation(List.of(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(30))),
                List.of(), null, null));
        assertThat(headline.level()).isEqualTo(Level.AMBER);
        assertThat(headline.text()).isEqualTo("Last backup of shop: just now — never restored");
        assertThat(headline.next()).startsWith("Verify (test restore)");
    }

    @Test
    void aFailedVerificationIsRed() {
        BackupManifest failed = backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(600))
                .withVerification(Verification.of(NOW.minusSeconds(300), VerificationKind.RESTORE, false, "pg_restore failed"));
        assertThat(BackupsHeadline.of(situation(List.of(failed), List.of(), null, null)).level()).isEqualTo(Level.RED);
    }

    @Test
    void aFreshVerifiedBackupIsGreenAndASaferCopyOnTopDoesNotChangeIt() {
        BackupManifest verified = verified(backup("b1", BackupLabel.MANUAL, NOW.minusSeconds(600)));
        BackupManifest safety = backup("b2", BackupLabel.PRE_RESTORE, NOW.minusSeconds(60));
        Headline headline = BackupsHeadline.of(situation(List.of(safety, verified), List.of(), null, null));
        assertThat(headline.level()).isEqualTo(Level.GREEN);
        assertThat(headline.text()).isEqualTo("Last backup of shop: 10 min ago — verified 5 min ago");
        assertThat(BackupsHeadline.age("shop", List.of(safety, verified), NOW)).isEqualTo(headline.text());
        assertThat(BackupsHeadline.age("shop", List.of(safety), NOW)).isEqualTo("No backup of shop yet");
    }

    @Test
    void aSafetyCopyIsLabelledAsTheDatabaseBeforeTheRestore() {
        assertThat(BackupLabel.PRE_RESTORE.describe("shop", Instant.parse("2026-12-07T12:43:10Z"), ZoneOffset.UTC))
                .isEqualTo("copy of shop as it was before the restore of 12:43");
        assertThat(BackupLabel.MANUAL.describe("shop", NOW, ZoneOffset.UTC)).isEqualTo("manual");
    }

    private static BackupsHeadline.Situation situation(List<BackupManifest> backups, List<TableRow> missing,
                                                       BackupManifest comparedWith, RestoreOutcome restored) {
        return new BackupsHeadline.Situation("shop", backups, missing, comparedWith, restored, List.of(), NOW, ZoneOffset.UTC);
    }

    private static List<TableRow> missing() {
        return List.of(new TableRow("customers", 1_247, 90_000, true, 0L), new TableRow("orders", 3_741, 200_000, true, null),
                new TableRow("products", 50, 1_000, true, 50L));
    }

    private static RestoreOutcome replaced() {
        return new RestoreOutcome("b1", RestoreMode.REPLACE, "shop", "shop_before_restore_1243", "b2", 4_988,
                Instant.parse("2026-12-07T12:43:00Z"));
    }

    private static BackupManifest verified(BackupManifest backup) {
        return backup.withVerification(Verification.of(NOW.minusSeconds(300), VerificationKind.RESTORE, true, "matched"));
    }

    private static BackupManifest backup(String id, BackupLabel label, Instant finished) {
        return new BackupManifest(id, "shop", "shop", "localhost", 5432, "app", "prefer", "15.15", "15.18", ArchiveFormat.CUSTOM, "gzip",
                finished.minusSeconds(5), finished, 1_000, "0".repeat(64), List.of(CUSTOMERS, ORDERS), label, "test", List.of());
    }
}
