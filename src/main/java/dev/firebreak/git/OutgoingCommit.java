package dev.firebreak.git;

import java.time.Instant;

/** A commit that the remote does not have yet. */
public record OutgoingCommit(String sha, String author, String subject, Instant time) {
    public String shortSha() {
        return sha.substring(0, 7);
    }
}
