package dev.firebreak.practice;

import dev.firebreak.core.FirebreakHome;
import java.nio.file.Path;

/** Everything practice mode writes, under {@code $FIREBREAK_HOME/practice} so that a reset can remove it whole. */
public record PracticePaths(Path root) {
    public static PracticePaths in(FirebreakHome home) {
        return new PracticePaths(home.root().resolve("practice"));
    }

    /** The embedded server's data directory (kept across restarts). */
    public Path data() {
        return root.resolve("data");
    }

    /** The practice repository's working copy. */
    public Path repository() {
        return root.resolve("repo");
    }

    /** The bare repository that plays "origin", whose {@code main} deploys. */
    public Path origin() {
        return root.resolve("origin.git");
    }

    public Path drill() {
        return root.resolve("drill.json");
    }
}
