package dev.firebreak.backup;

import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import java.time.Instant;
import java.util.List;

/** Manifests for pure retention tests: only id, profile, label, finish time, size and verifications matter there. */
public final class Manifests {
    private Manifests() {
    }

    public static BackupManifest finishedAt(String profile, String at) {
        return finishedAt(profile, Instant.parse(at), BackupLabel.SCHEDULED, List.of());
    }

    public static BackupManifest finishedAt(String profile, Instant at, BackupLabel label, List<Verification> verifications) {
        String id = profile + "@" + at;
        return new BackupManifest(id, profile, profile, "localhost", 5432, "app", "disable", "15.15", "15.18", ArchiveFormat.CUSTOM,
                "gzip level 6", at.minusSeconds(60), at, 1_000, "sha256-of-" + id, List.of(), label, "firebreak test",
                verifications);
    }

    public static BackupManifest restoreVerified(String profile, String at) {
        Instant finished = Instant.parse(at);
        return finishedAt(profile, finished, BackupLabel.SCHEDULED,
                List.of(Verification.of(finished.plusSeconds(600), VerificationKind.RESTORE, true, "matched")));
    }
}
