package dev.firebreak.core;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The one directory that holds everything Firebreak writes: settings, logs, backups, the journal. */
public record FirebreakHome(Path root) {
    public static final String ENV = "FIREBREAK_HOME";

    /** {@code $FIREBREAK_HOME}, else the platform's data directory. */
    public static FirebreakHome resolve() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new FirebreakHome(Path.of(env).toAbsolutePath());
        }
        return new FirebreakHome(Path.of(ProjectDirectories.from("dev", "Firebreak", "Firebreak").dataDir));
    }

    /** Points Logback's rolling file appender at {@code <home>/logs} before the first logger exists. */
    public static void configureLogging() {
        System.setProperty("firebreak.logs", resolve().logs().toString());
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The incident journal (SQLite) unless settings point at a shared database. */
    public Path journal() {
        return root.resolve("journal.db");
    }

    public Path auditLog() {
        return root.resolve("audit.log");
    }

    /** Where older versions kept the pgpass files of typed passwords while a child tool ran (see {@link HomeStartup}). */
    public Path privateDir() {
        return root.resolve("private");
    }

    /** Creates the home owner-only (0700) if it is missing. */
    public Path createDirectories() {
        try {
            return PrivateFiles.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Firebreak home " + root
                    + ": set FIREBREAK_HOME to a writable directory", e);
        }
    }
}
