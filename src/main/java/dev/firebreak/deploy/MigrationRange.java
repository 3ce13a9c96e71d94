package dev.firebreak.deploy;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The commit being deployed (HEAD) and, when the previous deploy is known, the files added or modified since it:
 * the migrations that will run.
 *
 * @param since   the full id of the previous deploy, or null when every migration counts
 * @param changed absolute real paths of the files changed between {@code since} and HEAD (empty when since is null)
 */
public record MigrationRange(Path workTree, String since, String head, String headSubject, Set<Path> changed) {
    public MigrationRange {
        changed = Set.copyOf(changed);
    }

    /** @param since a revision (sha, tag, branch, {@code HEAD~2}) or null for "all migrations" */
    public static MigrationRange of(Path repositoryDirectory, String since) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(repositoryDirectory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new UserFacingException(repositoryDirectory + " is not inside a git repository: run the guard in the "
                    + "checkout being deployed, or name it with --repo DIR. Nothing was changed.");
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(resolve(repository, "HEAD"));
            Path workTree = real(repository.getWorkTree().toPath());
            if (since == null) {
                return new MigrationRange(workTree, null, head.name(), head.getShortMessage(), Set.of());
            }
            RevCommit from = walk.parseCommit(resolve(repository, since));
            return new MigrationRange(workTree, from.name(), head.name(), head.getShortMessage(),
                    changedFiles(repository, workTree, from, head));
        } catch (IOException e) {
            throw new UserFacingException("cannot read the git repository at " + repositoryDirectory + ": " + e.getMessage());
        }
    }

    /** True for every file when the previous deploy is unknown, else for the files changed since it. */
    public boolean includes(Path file) {
        return since == null || changed.contains(real(file));
    }

    public String shortHead() {
        return head.substring(0, 12);
    }

    private static Set<Path> changedFiles(Repository repository, Path workTree, RevCommit from, RevCommit head)
            throws IOException {
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            Set<Path> changed = new HashSet<>();
            for (DiffEntry entry : diff.scan(from.getTree(), head.getTree())) {
                if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    changed.add(workTree.resolve(entry.getNewPath()).normalize());
                }
            }
            return changed;
        }
    }

    private static ObjectId resolve(Repository repository, String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new UserFacingException("unknown revision '" + revision + "' in " + repository.getWorkTree()
                    + ": name a commit of this repository (with a shallow CI clone, fetch enough history). Nothing was changed.");
        }
        return id;
    }

    /** The same file however it was named: relative, through a symlink (macOS /tmp) or absolute. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
