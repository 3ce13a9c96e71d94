package dev.firebreak.cli;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** {@code --changed-since REV}: files added or modified between REV and HEAD, as absolute paths in the work tree. */
final class ChangedFiles {
    private ChangedFiles() {
    }

    static Set<Path> between(Path repositoryDirectory, String revision) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(repositoryDirectory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new UserFacingException(repositoryDirectory + " is not inside a git repository (needed by --changed-since)");
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            RevCommit since = walk.parseCommit(resolve(repository, revision));
            RevCommit head = walk.parseCommit(resolve(repository, "HEAD"));
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            Path workTree = canonical(repository.getWorkTree().toPath());
            Set<Path> changed = new HashSet<>();
            for (DiffEntry entry : diff.scan(since.getTree(), head.getTree())) {
                if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    changed.add(workTree.resolve(entry.getNewPath()).normalize());
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UserFacingException("cannot compare " + revision + " with HEAD: " + e.getMessage());
        }
    }

    /** The same file however it was named: relative, through a symlink (macOS /tmp) or absolute. */
    static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static ObjectId resolve(Repository repository, String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new UserFacingException("unknown revision '" + revision + "' in " + repository.getWorkTree());
        }
        return id;
    }
}
