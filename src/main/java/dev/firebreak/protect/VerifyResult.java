package dev.firebreak.protect;

import java.time.Instant;

/**
 * What pg_verifybackup said about a base backup.
 *
 * @param walParsed whether the WAL was parsed too (that needs pg_waldump next to pg_verifybackup, Debian's
 *                  {@code postgresql-NN} package); without it only the files' checksums were compared
 */
public record VerifyResult(boolean ok, String message, boolean walParsed, Instant at) {
}
