package dev.firebreak.backup;

import java.time.Instant;

/**
 * One check of a backup, kept in its manifest.
 *
 * @param kind   {@code quick} (checksum + archive listing) or {@code restore} (test restore and row counts)
 * @param passed whether the archive is good
 */
public record Verification(Instant at, String kind, boolean passed, String details) {
    public static final String QUICK = "quick";
    public static final String RESTORE = "restore";

    public String result() {
        return passed ? "passed" : "failed";
    }
}
