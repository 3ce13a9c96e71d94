package dev.firebreak.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of a systemd user service + timer. Every value that is not plain is a double-quoted word with systemd's escapes
 * ({@code \\}, {@code \"}), {@code %%} for a literal % (specifiers) and, in command lines, {@code $$} for a literal $
 * (variable expansion), so a launcher under "/opt/Fire Break 100%" is one word, not three.
 */
public final class SystemdUnits {
    private SystemdUnits() {
    }

    public static String unitName(String profile) {
        return "firebreak-backup-" + profile;
    }

    /** A oneshot service: its ExecStart lines run in order and stop at the first that fails. */
    public static String service(ScheduledRun run) {
        StringBuilder text = new StringBuilder()
                .append("# Written by firebreak schedule install; remove with: firebreak schedule remove --profile ")
                .append(run.profile()).append('\n')
                .append("[Unit]\nDescription=Firebreak scheduled backup of ").append(run.profile()).append("\n\n")
                .append("[Service]\nType=oneshot\n");
        for (Map.Entry<String, String> variable : run.sortedEnvironment().entrySet()) {
            text.append("Environment=").append(quote(variable.getKey() + "=" + variable.getValue(), false)).append('\n');
        }
        for (List<String> command : run.commands()) {
            text.append("ExecStart=").append(executable(command).stream().map(word -> quote(word, true))
                    .collect(Collectors.joining(" "))).append('\n');
        }
        return text.toString();
    }

    /**
     * systemd refuses an executable whose path holds a quote or backslash ("contains special characters"); such a
     * launcher is started by {@code /bin/sh} with a fixed script, its path passed as an argument.
     */
    private static List<String> executable(List<String> command) {
        if (command.get(0).chars().noneMatch(c -> c == '"' || c == '\'' || c == '\\' || c < ' ')) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\""));
        wrapped.addAll(command);
        return wrapped;
    }

    /** {@code Persistent=true}: a run missed while the machine was off happens at the next boot. */
    public static String timer(String profile, Cadence cadence) {
        return "# Written by firebreak schedule install; remove with: firebreak schedule remove --profile " + profile + "\n"
                + "[Unit]\nDescription=Firebreak backup of " + profile + ", " + cadence.describe() + "\n\n"
                + "[Timer]\nOnCalendar=" + onCalendar(cadence) + "\nPersistent=true\n\n"
                + "[Install]\nWantedBy=timers.target\n";
    }

    /** {@code *-*-* 02,08,14,20:30:00}. */
    static String onCalendar(Cadence cadence) {
        return "*-*-* " + cadence.hours().stream().map(hour -> String.format("%02d", hour)).collect(Collectors.joining(","))
                + String.format(":%02d:00", cadence.minute());
    }

    private static String quote(String word, boolean commandLine) {
        if (ScheduledRun.isPlain(word)) {
            return word;
        }
        String escaped = word.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%");
        return "\"" + (commandLine ? escaped.replace("$", "$$") : escaped) + "\"";
    }
}
