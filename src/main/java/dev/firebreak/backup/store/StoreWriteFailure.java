package dev.firebreak.backup.store;

import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A failed write into a backup store as a sentence; a full disk (the usual cause) is named as such, with what is free. */
public final class StoreWriteFailure {
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private StoreWriteFailure() {
    }

    public static UserFacingException of(Path dir, IOException e, String consequence) {
        long free = usableSpace(dir);
        boolean full = String.valueOf(e.getMessage()).contains("No space left") || (free >= 0 && free < NEARLY_FULL_BYTES);
        String what = full
                ? "The disk holding " + dir + " is full: " + Numbers.bytes(Math.max(free, 0)) + " free"
                : "Writing into " + dir + " failed: " + e.getMessage();
        return new UserFacingException(what + "; " + consequence, e);
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
