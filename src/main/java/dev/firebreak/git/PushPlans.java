package dev.firebreak.git;

import dev.firebreak.core.UserFacingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** Builds {@link PushPlan}s: from git's pre-push stdin, or for "push the current branch to its upstream". */
public final class PushPlans {
    private PushPlans() {
    }

    /**
     * The plan git announced to the pre-push hook.
     *
     * @param remote   the hook's first argument: a remote name, or the URL when pushing to a URL
     * @param url      the hook's second argument
     * @param hookLines stdin lines {@code <local ref> <local sha> <remote ref> <remote sha>}
     */
    public static PushPlan fromHookInput(Repository repository, String remote, String url, List<String> hookLines) {
        RemoteRefs remoteRefs = RemoteRefs.of(repository, remote);
        UpdateClassifier classifier = new UpdateClassifier(repository);
        List<RefUpdate> updates = new ArrayList<>();
        Map<String, String> tracked = new HashMap<>();
        for (String line : hookLines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            if (fields.length != 4 || !isSha(fields[1]) || !isSha(fields[3])) {
                throw new UserFacingException("Unexpected pre-push input from git: '" + line
                        + "' (expected '<local ref> <local sha> <remote ref> <remote sha>')");
            }
            updates.add(new RefUpdate(fields[0], fields[1], fields[2], fields[3], classifier.classify(fields[1], fields[3])));
            remoteRefs.trackedSha(fields[2]).ifPresent(sha -> tracked.put(fields[2], sha));
        }
        // a hook plan is only shown and recorded, never pushed: a token in a pushed-to URL must not appear
        return new PushPlan(RemoteUrls.redact(remote), RemoteUrls.redact(url), RepositoryState.of(repository),
                updates, tracked, discarded(repository, updates));
    }

    /**
     * The plan for pushing the current branch to its upstream, or to {@code <remote>/<same name>} when it has
     * none. Offline: the remote's sha is the remote-tracking ref's, i.e. what the user last fetched. A detached
     * HEAD or unborn branch gives a plan without updates; the checklist says why.
     *
     * @param remoteName the remote to push to, or null for the branch's configured remote (else {@code origin})
     */
    public static PushPlan forUpstream(Repository repository, String remoteName) {
        RepositoryState state = RepositoryState.of(repository);
        BranchConfig branchConfig = new BranchConfig(repository.getConfig(), state.detached() ? "" : state.branch());
        String remote = chooseRemote(repository, remoteName, branchConfig);
        RemoteRefs remoteRefs = RemoteRefs.of(repository, remote);
        String url = RemoteUrls.redact(remoteRefs.url().orElse(remote));
        if (state.detached() || state.unborn()) {
            return new PushPlan(remote, url, state, List.of(), Map.of());
        }
        String localRef = Constants.R_HEADS + state.branch();
        String merge = branchConfig.getMerge();
        String remoteRef = merge != null && remote.equals(branchConfig.getRemote()) ? merge : localRef;
        String remoteSha = remoteRefs.trackedSha(remoteRef).orElse(RefUpdate.ZERO);
        UpdateKind kind = new UpdateClassifier(repository).classify(state.headSha(), remoteSha);
        RefUpdate update = new RefUpdate(localRef, state.headSha(), remoteRef, remoteSha, kind);
        Map<String, String> tracked = remoteRefs.trackedSha(remoteRef).map(sha -> Map.of(remoteRef, sha)).orElse(Map.of());
        return new PushPlan(remote, url, state, List.of(update), tracked, discarded(repository, List.of(update)));
    }

    private static Map<String, List<OutgoingCommit>> discarded(Repository repository, List<RefUpdate> updates) {
        Map<String, List<OutgoingCommit>> discarded = new HashMap<>();
        for (RefUpdate update : updates) {
            List<OutgoingCommit> commits = DiscardedCommits.of(repository, update);
            if (!commits.isEmpty()) {
                discarded.put(update.remoteRef(), commits);
            }
        }
        return discarded;
    }

    private static String chooseRemote(Repository repository, String requested, BranchConfig branchConfig) {
        List<String> remotes = RemoteRefs.names(repository);
        if (remotes.isEmpty()) {
            throw new UserFacingException("This repository has no remote to push to: add one with 'git remote add origin <url>'");
        }
        if (requested != null) {
            if (!remotes.contains(requested)) {
                throw new UserFacingException("No remote named '" + requested + "' (remotes: " + String.join(", ", remotes) + ")");
            }
            return requested;
        }
        String configured = branchConfig.getPushRemote() != null ? branchConfig.getPushRemote() : branchConfig.getRemote();
        if (configured != null && remotes.contains(configured)) {
            return configured;
        }
        return remotes.contains(Constants.DEFAULT_REMOTE_NAME) ? Constants.DEFAULT_REMOTE_NAME : remotes.get(0);
    }

    private static boolean isSha(String text) {
        return text.length() == Constants.OBJECT_ID_STRING_LENGTH && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
