package dev.firebreak.backup.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.Manifests;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any catalog, any policy: the safety promises hold and planning twice deletes nothing more. */
class RetentionPlanPropertiesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Property
    void neverDeletesTheNewestNorTheNewestVerifiedBackupOfAProfile(@ForAll("catalogs") List<BackupManifest> catalog,
                                                                   @ForAll("policies") RetentionPolicy policy) {
        List<BackupManifest> deleted = RetentionPlan.of(catalog, policy, CLOCK).toDelete();

        for (String profile : List.of("shop", "billing")) {
            List<BackupManifest> ofProfile = catalog.stream().filter(backup -> backup.profile().equals(profile)).toList();
            newest(ofProfile).ifPresent(newest -> assertThat(deleted).doesNotContain(newest));
            newest(ofProfile.stream().filter(BackupManifest::restoreVerified).toList())
                    .ifPresent(verified -> assertThat(deleted).doesNotContain(verified));
        }
    }

    @Property
    void neverDeletesABackupYoungerThanKeepAllDays(@ForAll("catalogs") List<BackupManifest> catalog,
                                                   @ForAll("policies") RetentionPolicy policy) {
        Instant cutoff = NOW.minus(Duration.ofDays(policy.keepAllDays()));

        assertThat(RetentionPlan.of(catalog, policy, CLOCK).toDelete())
                .allSatisfy(backup -> assertThat(backup.finishedAt()).isBefore(cutoff));
    }

    @Property
    void pruningTwiceDeletesNothingTheSecondTime(@ForAll("catalogs") List<BackupManifest> catalog,
                                                 @ForAll("policies") RetentionPolicy policy) {
        List<BackupManifest> deleted = RetentionPlan.of(catalog, policy, CLOCK).toDelete();
        List<BackupManifest> kept = catalog.stream().filter(backup -> !deleted.contains(backup)).toList();

        assertThat(RetentionPlan.of(kept, policy, CLOCK).toDelete()).isEmpty();
    }

    @Provide
    Arbitrary<List<BackupManifest>> catalogs() {
        Arbitrary<BackupManifest> backup = Combinators.combine(Arbitraries.of("shop", "billing"),
                        Arbitraries.longs().between(-48, 24 * 900), Arbitraries.of(true, false), Arbitraries.of(BackupLabel.values()))
                .as((profile, hoursAgo, verified, label) -> Manifests.finishedAt(profile, NOW.minus(Duration.ofHours(hoursAgo)),
                        label, verified ? List.of(Verification.of(NOW, VerificationKind.RESTORE, true, "matched")) : List.of()));
        return backup.list().ofMaxSize(60).uniqueElements(BackupManifest::id);
    }

    @Provide
    Arbitrary<RetentionPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 24)).as(RetentionPolicy::new);
    }

    private static Optional<BackupManifest> newest(List<BackupManifest> backups) {
        return backups.stream().max(Comparator.comparing(BackupManifest::finishedAt).thenComparing(BackupManifest::id));
    }
}
