package dev.firebreak.protect;

import dev.firebreak.core.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * pg_verifybackup runs pg_waldump through a shell, with the WAL folder's path inside double quotes: a path with
 * {@code $}, a backquote or a quote would run commands. Such a folder is handed over as a plain-named link instead.
 */
final class ShellSafePath {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+-]+");

    private ShellSafePath() {
    }

    static boolean isPlain(Path path) {
        return PLAIN.matcher(path.toAbsolutePath().toString()).matches();
    }

    /**
     * A new private folder in the temp dir holding {@code wal}, a link to {@code folder}; null when the temp dir's own
     * path is not plain or links cannot be made (then the WAL is not parsed, and the result says so).
     */
    static Path linkInTempDir(Path folder) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        if (!isPlain(temp)) {
            return null;
        }
        try {
            Path dir = PrivateFiles.createDirectories(Files.createTempDirectory(temp, "firebreak-wal-"));
            Files.createSymbolicLink(dir.resolve("wal"), folder.toAbsolutePath());
            return dir;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
