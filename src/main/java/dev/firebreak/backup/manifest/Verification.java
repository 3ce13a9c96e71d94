package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One check of a backup, kept in its manifest as {@code {at, kind, result, details}}.
 *
 * @param kind   {@code quick} (checksum + archive listing) or {@code restore} (test restore and row counts)
 * @param result {@code passed} or {@code failed}
 */
public record Verification(Instant at, String kind, String result, String details) {
    public static final String QUICK = "quick";
    public static final String RESTORE = "restore";
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";

    public static Verification of(Instant at, String kind, boolean passed, String details) {
        return new Verification(at, kind, passed ? PASSED : FAILED, details);
    }

    @JsonIgnore
    public boolean passed() {
        return PASSED.equals(result);
    }
}
