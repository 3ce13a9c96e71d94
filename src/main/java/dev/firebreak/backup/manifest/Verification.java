package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** One check of a backup, kept in its manifest as {@code {at, kind, result, details}}. */
public record Verification(Instant at, VerificationKind kind, VerificationResult result, String details) {
    public static Verification of(Instant at, VerificationKind kind, boolean passed, String details) {
        return new Verification(at, kind, passed ? VerificationResult.PASSED : VerificationResult.FAILED, details);
    }

    @JsonIgnore
    public boolean passed() {
        return result == VerificationResult.PASSED;
    }
}
