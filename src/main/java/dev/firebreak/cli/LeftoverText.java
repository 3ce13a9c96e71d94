package dev.firebreak.cli;

import dev.firebreak.backup.store.Leftover;
import dev.firebreak.core.Numbers;
import java.util.List;

/** How the commands name what interrupted backups left behind. */
final class LeftoverText {
    private LeftoverText() {
    }

    /** {@code 2 leftovers of interrupted backups (12.0 MiB)}. */
    static String summary(List<Leftover> leftovers) {
        return Numbers.of(leftovers.size(), "leftover") + " of interrupted backups ("
                + Numbers.bytes(leftovers.stream().mapToLong(Leftover::bytes).sum()) + ")";
    }

    /** One line of the prune plan, in its columns. */
    static String line(Leftover leftover) {
        return String.format("%-7s %s  %10s  %s", "remove", leftover.path(), Numbers.bytes(leftover.bytes()), leftover.what());
    }
}
