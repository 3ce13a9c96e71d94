package dev.firebreak.git;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ref updates a push would make, and the repository state they were computed in. Immutable: the plan a
 * user reviewed is exactly the plan {@link LeasePush} pushes.
 *
 * @param remoteName      e.g. {@code origin}
 * @param remoteUrl       where it points (shown, never used to push: git resolves the name itself)
 * @param state           the local repository's HEAD and in-progress operations
 * @param updates         one entry per remote ref
 * @param trackedShas     remote ref to the sha its remote-tracking ref holds: what the user last fetched and could review
 * @param discarded       remote ref of a forced update to the commits it removes from the remote, newest first (at most
 *                        {@value #MAX_DISCARDED_LISTED}); absent when none are known here
 */
public record PushPlan(String remoteName, String remoteUrl, RepositoryState state, List<RefUpdate> updates,
                       Map<String, String> trackedShas, Map<String, List<OutgoingCommit>> discarded) {
    /** More discarded commits than this are not listed. */
    public static final int MAX_DISCARDED_LISTED = 50;

    public PushPlan {
        updates = List.copyOf(updates);
        trackedShas = Map.copyOf(trackedShas);
        discarded = Map.copyOf(discarded);
    }

    /** A plan whose forced updates discard no commit known here. */
    public PushPlan(String remoteName, String remoteUrl, RepositoryState state, List<RefUpdate> updates,
                    Map<String, String> trackedShas) {
        this(remoteName, remoteUrl, state, updates, trackedShas, Map.of());
    }

    /** The commits the update removes from the remote branch (forced updates only), newest first. */
    public List<OutgoingCommit> discarded(RefUpdate update) {
        return discarded.getOrDefault(update.remoteRef(), List.of());
    }

    /** The sha the user last fetched for {@code remoteRef}, if there is a remote-tracking ref for it. */
    public Optional<String> trackedSha(String remoteRef) {
        return Optional.ofNullable(trackedShas.get(remoteRef));
    }

    /** Where an update goes, as people say it: {@code origin/main}. */
    public String target(RefUpdate update) {
        return remoteName + "/" + update.remoteBranch();
    }

    public boolean isEmpty() {
        return updates.isEmpty();
    }

    /**
     * A fingerprint of the updates; the console passes it to its own push as {@code FIREBREAK_REVIEWED} so the
     * user's pre-push hook knows this exact plan has already been decided on.
     */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(remoteName.getBytes(StandardCharsets.UTF_8));
            for (RefUpdate update : updates) {
                // not the local ref's name: git reports a pushed sha as its own "local ref", the sha is what counts
                String line = "\n" + update.localSha() + " " + update.remoteRef() + " " + update.remoteSha();
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
