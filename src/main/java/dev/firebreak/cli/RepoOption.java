package dev.firebreak.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --repo DIR}, defaulting to the current directory (where git runs hooks). */
final class RepoOption {
    @Option(names = "--repo", paramLabel = "DIR", description = "the git repository (default: the current directory)")
    Path repo = Path.of("");

    Path dir() {
        return repo.toAbsolutePath();
    }
}
