package dev.firebreak.protect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a sandbox server reads from {@code postgresql.auto.conf} to replay our archived WAL up to a target.
 * PostgreSQL runs {@code restore_command} through {@code /bin/sh}, so the folder is shell-quoted; {@code %} is doubled
 * because the server expands {@code %f}/{@code %p} in it; and the whole command is a quoted configuration string.
 * Any folder name, with spaces, quotes or {@code $(…)}, stays one argument to {@code cp}.
 */
final class RecoverySettings {
    private RecoverySettings() {
    }

    static List<String> lines(Path walFolder, List<String> target) {
        List<String> lines = new ArrayList<>();
        lines.add("restore_command = " + configString(restoreCommand(walFolder)));
        target.stream().filter(line -> !line.startsWith("recovery_target_action")).forEach(lines::add);
        // Promote, not pause: paused before the destructive commit, replay still holds that transaction's locks (a
        // DROP's exclusive lock on the very table to be read); promotion ends it as aborted and frees them.
        lines.add("recovery_target_action = 'promote'");
        return lines;
    }

    /** {@code cp '<folder>/%f' '%p'}: a missing file makes cp fail, which tells the server the archive ends there. */
    static String restoreCommand(Path walFolder) {
        String folder = walFolder.toAbsolutePath().toString().replace("%", "%%");
        return "cp " + shellQuoted(folder + "/%f") + " '%p'";
    }

    /** One shell word: inside single quotes nothing is special, and a quote is closed, escaped and reopened. */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** A postgresql.conf string: single quotes, an inner quote doubled, a backslash escaped. */
    static String configString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
