package dev.firebreak.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the system {@code git} on PATH: pushing through it keeps the user's credential helpers and SSH agent. */
public final class GitExecutable {
    private GitExecutable() {
    }

    public static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "git.exe" : "git";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
