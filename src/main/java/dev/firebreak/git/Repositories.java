package dev.firebreak.git;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens the repository a folder belongs to, with messages a user can act on instead of JGit exceptions. */
public final class Repositories {
    private Repositories() {
    }

    /** The non-bare repository containing {@code dir}; the caller closes it. */
    public static Repository open(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new UserFacingException(absolute + " is not a folder");
        }
        SystemConfigLocation.apply();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            throw new UserFacingException(absolute + " is not inside a git repository (run it in your project's folder or pass --repo)");
        }
        Repository repository;
        try {
            repository = builder.setMustExist(true).build();
        } catch (IOException e) {
            throw new UserFacingException("Cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
        if (repository.isBare()) {
            repository.close();
            throw new UserFacingException(absolute + " is a bare repository: run Firebreak in a clone with a working tree");
        }
        return repository;
    }

    public static Path workTree(Repository repository) {
        return repository.getWorkTree().toPath();
    }
}
