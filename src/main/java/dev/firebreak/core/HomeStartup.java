package dev.firebreak.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every run (command line and console) does to its home first: a home that an older version left readable by
 * others is made owner-only, once, with a note in the log; and secret files an older version left behind when it was
 * killed (the pgpass files of typed passwords under {@code private/}) are removed. A missing home is left missing:
 * the stores create it owner-only when they first write.
 */
public final class HomeStartup {
    private HomeStartup() {
    }

    /** Never fails the run: a home that cannot be tightened is logged and the command goes on. */
    public static void prepare(FirebreakHome home) {
        Path root = home.root();
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            sweepSecrets(home);
            if (!PrivateFiles.isPrivate(root)) {
                int changed = PrivateFiles.restrictTree(root);
                log().info("Made the Firebreak home {} private: {} files and folders were readable by others and are now"
                        + " owner-only (0700 folders, 0600 files)", root, changed);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("Could not make the Firebreak home {} private: {}", root, e.toString());
        }
    }

    /** Looked up only when there is something to say: the pre-push hook never pays for starting Logback. */
    private static Logger log() {
        return LoggerFactory.getLogger(HomeStartup.class);
    }

    /** Deletes every file under {@code private/}: nothing there is meant to outlive the run that wrote it. */
    static void sweepSecrets(FirebreakHome home) throws IOException {
        Path dir = home.privateDir();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
                    Files.deleteIfExists(file);
                    log().info("Removed {}, a password file left by a run that was killed", file);
                }
            }
        }
        try {
            Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // a folder someone put there: not ours to remove
        }
    }
}
