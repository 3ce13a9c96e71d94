package dev.firebreak.backup.retention;

import static dev.firebreak.backup.Manifests.finishedAt;
import static dev.firebreak.backup.Manifests.restoreVerified;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan against a fixed clock: 2026-12-01 04:00 UTC, so "keep all" ends at 2026-11-01 04:00. */
class RetentionPlanTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC);
    private static final BackupManifest LAST_NIGHT = finishedAt("shop", "2026-12-01T02:00:00Z");

    @Test
    void keepsEveryBackupOfTheLastThirtyDays() {
        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, LAST_NIGHT, finishedAt("shop", "2026-11-30T02:00:00Z"),
                finishedAt("shop", "2026-11-30T01:00:00Z"), finishedAt("shop", "2026-11-01T04:00:00Z"));

        assertThat(plan).containsEntry("shop@2026-12-01T02:00:00Z", "keep: newest backup of shop")
                .containsEntry("shop@2026-11-30T02:00:00Z", "keep: within 30 days")
                .containsEntry("shop@2026-11-30T01:00:00Z", "keep: within 30 days")
                .containsEntry("shop@2026-11-01T04:00:00Z", "keep: within 30 days");
    }

    @Test
    void beyondThirtyDaysKeepsTheNewestOfEachDayThenWeekThenMonth() {
        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, LAST_NIGHT,
                finishedAt("shop", "2026-10-30T20:00:00Z"), finishedAt("shop", "2026-10-30T10:00:00Z"),
                finishedAt("shop", "2026-10-14T02:00:00Z"), finishedAt("shop", "2026-10-12T02:00:00Z"),
                finishedAt("shop", "2026-03-20T02:00:00Z"), finishedAt("shop", "2026-03-10T02:00:00Z"),
                finishedAt("shop", "2025-10-15T02:00:00Z"));

        assertThat(plan).containsEntry("shop@2026-10-30T20:00:00Z", "keep: newest of day 2026-10-30")
                .containsEntry("shop@2026-10-30T10:00:00Z",
                        "delete: older than 30 days and not the newest of a kept day, week or month")
                .containsEntry("shop@2026-10-14T02:00:00Z", "keep: newest of week 2026-W42")
                .containsEntry("shop@2026-10-12T02:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month")
                .containsEntry("shop@2026-03-20T02:00:00Z", "keep: newest of month 2026-03")
                .containsEntry("shop@2026-03-10T02:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month")
                .containsEntry("shop@2025-10-15T02:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month");
    }

    @Test
    void theNewestTestRestoredBackupStaysHoweverOldAndAQuickCheckDoesNotCount() {
        BackupManifest quickChecked = finishedAt("shop", Instant.parse("2024-06-01T02:00:00Z"), BackupLabel.MANUAL,
                List.of(Verification.of(Instant.parse("2024-06-01T03:00:00Z"), VerificationKind.QUICK, true, "SHA-256 matches")));
        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, LAST_NIGHT, quickChecked,
                restoreVerified("shop", "2024-01-01T02:00:00Z"), restoreVerified("shop", "2023-01-01T02:00:00Z"));

        assertThat(plan).containsEntry("shop@2024-01-01T02:00:00Z", "keep: newest verified (test-restored) backup of shop")
                .containsEntry("shop@2024-06-01T02:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month")
                .containsEntry("shop@2023-01-01T02:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month");
    }

    @Test
    void theNewestBackupStaysEvenWhenEveryBackupIsAncient() {
        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, finishedAt("shop", "2020-02-02T00:00:00Z"),
                finishedAt("shop", "2020-01-01T00:00:00Z"));

        assertThat(plan).containsEntry("shop@2020-02-02T00:00:00Z", "keep: newest backup of shop")
                .containsEntry("shop@2020-01-01T00:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month");
    }

    @Test
    void eachProfileIsPlannedOnItsOwn() {
        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, LAST_NIGHT, finishedAt("billing", "2020-01-01T00:00:00Z"),
                finishedAt("billing", "2019-01-01T00:00:00Z"));

        assertThat(plan).containsEntry("billing@2020-01-01T00:00:00Z", "keep: newest backup of billing")
                .containsEntry("billing@2019-01-01T00:00:00Z", "delete: older than 30 days and not the newest of a kept day, week or month")
                .containsEntry("shop@2026-12-01T02:00:00Z", "keep: newest backup of shop");
    }

    @Test
    void preRestoreSafetyBackupsFollowTheSameRules() {
        BackupManifest safetyCopy = finishedAt("shop", Instant.parse("2026-10-30T22:00:00Z"), BackupLabel.PRE_RESTORE, List.of());
        BackupManifest oldSafetyCopy = finishedAt("shop", Instant.parse("2026-10-30T21:00:00Z"), BackupLabel.PRE_RESTORE, List.of());

        Map<String, String> plan = plan(RetentionPolicy.DEFAULT, LAST_NIGHT, safetyCopy, oldSafetyCopy);

        assertThat(plan).containsEntry(safetyCopy.id(), "keep: newest of day 2026-10-30")
                .containsEntry(oldSafetyCopy.id(), "delete: older than 30 days and not the newest of a kept day, week or month");
    }

    @Test
    void aPolicyOfZerosKeepsOnlyTheNewestAndTheNewestVerified() {
        RetentionPlan plan = RetentionPlan.of(List.of(LAST_NIGHT, restoreVerified("shop", "2026-11-30T02:00:00Z"),
                finishedAt("shop", "2026-11-30T03:00:00Z"), finishedAt("shop", "2026-11-29T02:00:00Z")),
                new RetentionPolicy(0, 0, 0, 0), NOW);

        assertThat(plan.toDelete()).extracting(BackupManifest::id)
                .containsExactly("shop@2026-11-30T03:00:00Z", "shop@2026-11-29T02:00:00Z");
        assertThat(plan.bytesToFree()).isEqualTo(2_000);
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearBoundary() {
        assertThat(RetentionPeriod.WEEK.bucketOf(Instant.parse("2021-01-01T12:00:00Z"))).isEqualTo("2020-W53");
        assertThat(RetentionPeriod.WEEK.bucketOf(Instant.parse("2024-12-30T12:00:00Z"))).isEqualTo("2025-W01");
    }

    @Test
    void noBackupsNoDecisions() {
        assertThat(RetentionPlan.of(List.of(), RetentionPolicy.DEFAULT, NOW).decisions()).isEmpty();
    }

    private static Map<String, String> plan(RetentionPolicy policy, BackupManifest... backups) {
        return RetentionPlan.of(List.of(backups), policy, NOW).decisions().stream()
                .collect(Collectors.toMap(decision -> decision.backup().id(), RetentionDecision::describe));
    }
}
