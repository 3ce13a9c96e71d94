package dev.firebreak.backup.retention;

import dev.firebreak.backup.manifest.BackupManifest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which backups a {@link RetentionPolicy} keeps and why, computed from manifests and a clock only (nothing is
 * deleted here). Each profile is planned on its own, by {@code finishedAt}; decisions are listed per profile,
 * newest first.
 */
public record RetentionPlan(RetentionPolicy policy, Instant now, List<RetentionDecision> decisions) {
    private static final Comparator<BackupManifest> NEWEST_FIRST = Comparator.comparing(BackupManifest::finishedAt)
            .thenComparing(BackupManifest::id).reversed();

    public RetentionPlan {
        decisions = List.copyOf(decisions);
    }

    public static RetentionPlan of(List<BackupManifest> backups, RetentionPolicy policy, Clock clock) {
        Instant now = clock.instant();
        Map<String, List<BackupManifest>> byProfile = new TreeMap<>();
        backups.forEach(backup -> byProfile.computeIfAbsent(backup.profile(), profile -> new ArrayList<>()).add(backup));
        List<RetentionDecision> decisions = new ArrayList<>();
        byProfile.values().forEach(profile -> decisions.addAll(planProfile(profile, policy, now)));
        return new RetentionPlan(policy, now, decisions);
    }

    public List<BackupManifest> toDelete() {
        return decisions.stream().filter(decision -> !decision.keep()).map(RetentionDecision::backup).toList();
    }

    public long bytesToFree() {
        return toDelete().stream().mapToLong(BackupManifest::sizeBytes).sum();
    }

    private static List<RetentionDecision> planProfile(List<BackupManifest> backups, RetentionPolicy policy, Instant now) {
        List<BackupManifest> newestFirst = backups.stream().sorted(NEWEST_FIRST).toList();
        BackupManifest newest = newestFirst.get(0);
        BackupManifest newestVerified = newestFirst.stream().filter(BackupManifest::restoreVerified).findFirst().orElse(null);
        ZonedDateTime cutoff = now.atZone(ZoneOffset.UTC).minusDays(policy.keepAllDays());
        Map<BackupManifest, String> periodNewest = new HashMap<>();
        tier(newestFirst, cutoff, RetentionPeriod.DAY, policy.dailyDays(), periodNewest);
        tier(newestFirst, cutoff, RetentionPeriod.WEEK, policy.weeklyWeeks(), periodNewest);
        tier(newestFirst, cutoff, RetentionPeriod.MONTH, policy.monthlyMonths(), periodNewest);
        List<RetentionDecision> decisions = new ArrayList<>();
        for (BackupManifest backup : newestFirst) {
            if (backup.equals(newest)) {
                decisions.add(RetentionDecision.keep(backup, "newest backup of " + backup.profile()));
            } else if (backup.equals(newestVerified)) {
                decisions.add(RetentionDecision.keep(backup, "newest verified (test-restored) backup of " + backup.profile()));
            } else if (!backup.finishedAt().isBefore(cutoff.toInstant())) {
                decisions.add(RetentionDecision.keep(backup, "within " + policy.keepAllDays() + " days"));
            } else if (periodNewest.containsKey(backup)) {
                decisions.add(RetentionDecision.keep(backup, periodNewest.get(backup)));
            } else {
                decisions.add(RetentionDecision.delete(backup, "older than " + policy.keepAllDays()
                        + " days and not the newest of a kept day, week or month"));
            }
        }
        return decisions;
    }

    /**
     * Marks the newest backup of each period inside the tier's window (before the keep-all cutoff). A backup that
     * an earlier, finer tier already keeps keeps that reason.
     */
    private static void tier(List<BackupManifest> newestFirst, ZonedDateTime cutoff, RetentionPeriod period, int count,
                             Map<BackupManifest, String> periodNewest) {
        Instant start = period.windowStart(cutoff, count);
        Set<String> seen = new HashSet<>();
        for (BackupManifest backup : newestFirst) {
            Instant at = backup.finishedAt();
            if (at.isBefore(cutoff.toInstant()) && !at.isBefore(start) && seen.add(period.bucketOf(at))) {
                periodNewest.putIfAbsent(backup, "newest of " + period.noun() + " " + period.bucketOf(at));
            }
        }
    }
}
