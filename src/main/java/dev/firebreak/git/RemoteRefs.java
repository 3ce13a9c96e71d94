package dev.firebreak.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;

/** What the local repository knows about one remote: its URL and remote-tracking refs (as of the last fetch). */
final class RemoteRefs {
    private final Repository repository;
    private final RemoteConfig config;

    private RemoteRefs(Repository repository, RemoteConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** The remote called {@code nameOrUrl}; a push to a bare URL has no configuration and no tracking refs. */
    static RemoteRefs of(Repository repository, String nameOrUrl) {
        try {
            RemoteConfig config = new RemoteConfig(repository.getConfig(), nameOrUrl);
            return new RemoteRefs(repository, config.getURIs().isEmpty() ? null : config);
        } catch (URISyntaxException e) {
            return new RemoteRefs(repository, null);
        }
    }

    static List<String> names(Repository repository) {
        return new ArrayList<>(repository.getConfig().getSubsections("remote"));
    }

    boolean configured() {
        return config != null;
    }

    Optional<String> url() {
        return config == null ? Optional.empty() : Optional.of(config.getURIs().get(0).toString());
    }

    /** The remote-tracking ref a fetch maps {@code remoteRef} to, e.g. refs/heads/main → refs/remotes/origin/main. */
    Optional<String> trackingRef(String remoteRef) {
        if (config == null) {
            return Optional.empty();
        }
        for (RefSpec spec : config.getFetchRefSpecs()) {
            if (spec.matchSource(remoteRef)) {
                return Optional.of(spec.expandFromSource(remoteRef).getDestination());
            }
        }
        return Optional.empty();
    }

    /** The sha last fetched for {@code remoteRef}, if any. */
    Optional<String> trackedSha(String remoteRef) {
        return trackingRef(remoteRef).flatMap(this::resolve);
    }

    /** Every commit the remote-tracking refs point at: what the remote already has, as far as we know. */
    List<ObjectId> knownTips() {
        List<ObjectId> tips = new ArrayList<>();
        if (config == null) {
            return tips;
        }
        try {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/remotes/" + config.getName() + "/")) {
                if (ref.getObjectId() != null && !ref.isSymbolic()) {
                    tips.add(ref.getObjectId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tips;
    }

    private Optional<String> resolve(String ref) {
        try {
            Ref found = repository.exactRef(ref);
            return found == null || found.getObjectId() == null ? Optional.empty() : Optional.of(found.getObjectId().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
