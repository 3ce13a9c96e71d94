package dev.firebreak.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A user crontab's text and Firebreak's line in it. cron hands the command to {@code /bin/sh}, so every word is
 * single-quoted for sh unless plain ({@code '} becomes {@code '\''}), and an unescaped % would end the command: it is written
 * {@code \%}. The line ends with a shell comment naming the profile, by which install replaces it and remove finds
 * it; every other line is kept as it was.
 */
public final class CronTable {
    private static final String MARKER = " # firebreak-schedule:";

    private CronTable() {
    }

    /** {@code 30 2,8,14,20 * * * export FIREBREAK_HOME='…' …; '/opt/Fire Break/bin/firebreak' backup … # firebreak-schedule:shop}. */
    public static String line(Cadence cadence, ScheduledRun run) {
        String hours = cadence.hours().stream().map(String::valueOf).collect(Collectors.joining(","));
        String exports = run.sortedEnvironment().entrySet().stream()
                .map(variable -> variable.getKey() + "=" + quote(variable.getValue())).collect(Collectors.joining(" "));
        String commands = run.commands().stream()
                .map(command -> command.stream().map(CronTable::quote).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" && "));
        return (cadence.minute() + " " + hours + " * * * export " + exports + "; " + commands).replace("%", "\\%")
                + MARKER + run.profile();
    }

    /** {@code existing} with the profile's line replaced by (or added as) {@code line}. */
    public static String merge(String existing, String profile, String line) {
        List<String> lines = others(existing, profile);
        lines.add(line);
        return String.join("\n", lines) + "\n";
    }

    /** {@code existing} without the profile's line. */
    public static String remove(String existing, String profile) {
        List<String> lines = others(existing, profile);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    public static boolean contains(String existing, String profile) {
        return existing.lines().anyMatch(line -> isFor(line, profile));
    }

    private static List<String> others(String existing, String profile) {
        List<String> lines = new ArrayList<>(existing.lines().toList());
        lines.removeIf(line -> isFor(line, profile));
        return lines;
    }

    private static boolean isFor(String line, String profile) {
        return line.endsWith(MARKER + profile);
    }

    /** As is when sh would read it unchanged, else single-quoted. */
    static String quote(String word) {
        return ScheduledRun.isPlain(word) ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
