package dev.firebreak.ui.backups;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Ages as a person says them at 2 AM: "40 min ago", "5 h ago", "21 days ago". */
final class Ages {
    private Ages() {
    }

    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 2) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }

    /** "verified 3 days ago", "verification FAILED 2 h ago" or "never restored". */
    static String verification(BackupManifest backup, Instant now) {
        List<Verification> verifications = backup.verifications();
        if (verifications.isEmpty()) {
            return "never restored";
        }
        Verification last = verifications.get(verifications.size() - 1);
        String kind = last.kind() == VerificationKind.QUICK ? "checked" : "verified";
        return (last.passed() ? kind + " " : kind + " — FAILED ") + ago(last.at(), now);
    }
}
