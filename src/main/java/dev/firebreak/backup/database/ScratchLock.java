package dev.firebreak.backup.database;

import dev.firebreak.core.ProcessLock;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Held by the process that works on a scratch database from before it is created until it is dropped or renamed: a
 * {@link ProcessLock} in {@code $FIREBREAK_HOME/scratch}, named after the database (whatever the server, so that a
 * host spelled two ways never lets one run drop another's). A scratch database whose lock nobody holds is a leftover.
 */
public final class ScratchLock {
    private ScratchLock() {
    }

    /** Locks {@code database} for this process; refuses one another live process is working on. */
    public static ProcessLock take(Path lockDir, String database) {
        Path file = fileFor(lockDir, database);
        try {
            return ProcessLock.tryTake(file).orElseThrow(() -> new UserFacingException("Another Firebreak run is "
                    + "working on the database " + database + " already. Nothing was changed."));
        } catch (IOException e) {
            throw new UserFacingException("Cannot create " + file + " (" + e.getMessage() + "). Nothing was changed.", e);
        }
    }

    /** Whether a live Firebreak process (this one or another) is working on {@code database}. */
    public static boolean isHeld(Path lockDir, String database) {
        return ProcessLock.isHeld(fileFor(lockDir, database));
    }

    /** A file name for any database name (which may hold {@code /} or anything but NUL): its SHA-256, shortened. */
    static Path fileFor(Path lockDir, String database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return lockDir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
