package dev.firebreak.backup.store;

import java.nio.file.Path;

/** Something an interrupted backup left in the store: where it is, how much it takes and what it was, in words. */
public record Leftover(Path path, long bytes, String what) {
}
