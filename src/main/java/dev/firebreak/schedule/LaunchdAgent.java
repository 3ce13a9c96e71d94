package dev.firebreak.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The property list of a launchd user agent. Each argument is its own {@code <string>} (XML-escaped), so no shell
 * parses the launcher's path. With {@code --prune} the two commands are chained by {@code /bin/sh -c} with a fixed
 * script whose only inputs are positional parameters ({@code "$0"} the launcher, {@code "$1"} the profile).
 * launchd starts a run missed while the Mac slept when it wakes.
 */
public final class LaunchdAgent {
    private LaunchdAgent() {
    }

    public static String label(String profile) {
        return "dev.firebreak.backup." + profile;
    }

    public static String plist(Cadence cadence, ScheduledRun run, Path log) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <!-- Written by firebreak schedule install; remove with: firebreak schedule remove --profile\s""")
                .append(run.profile()).append(" -->\n<plist version=\"1.0\">\n<dict>\n");
        xml.append("  <key>Label</key>\n  <string>").append(label(run.profile())).append("</string>\n");
        xml.append("  <key>ProgramArguments</key>\n  <array>\n");
        programArguments(run).forEach(argument -> xml.append("    <string>").append(escape(argument)).append("</string>\n"));
        xml.append("  </array>\n  <key>EnvironmentVariables</key>\n  <dict>\n");
        run.sortedEnvironment().forEach((name, value) -> xml.append("    <key>").append(name).append("</key>\n    <string>")
                .append(escape(value)).append("</string>\n"));
        xml.append("  </dict>\n  <key>StartCalendarInterval</key>\n  <array>\n");
        List<Integer> hours = cadence.everyHours() == 1 ? List.of() : cadence.hours();
        if (hours.isEmpty()) {
            xml.append("    <dict><key>Minute</key><integer>").append(cadence.minute()).append("</integer></dict>\n");
        }
        hours.forEach(hour -> xml.append("    <dict><key>Hour</key><integer>").append(hour)
                .append("</integer><key>Minute</key><integer>").append(cadence.minute()).append("</integer></dict>\n"));
        xml.append("  </array>\n");
        xml.append("  <key>StandardOutPath</key>\n  <string>").append(escape(log.toString())).append("</string>\n");
        xml.append("  <key>StandardErrorPath</key>\n  <string>").append(escape(log.toString())).append("</string>\n");
        return xml.append("</dict>\n</plist>\n").toString();
    }

    static List<String> programArguments(ScheduledRun run) {
        List<List<String>> commands = run.commands();
        if (commands.size() == 1) {
            return commands.get(0);
        }
        String launcher = run.launcher().toString();
        String script = commands.stream().map(command -> command.stream()
                        .map(word -> word.equals(launcher) ? "\"$0\"" : word.equals(run.profile()) ? "\"$1\"" : word)
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" && "));
        return List.of("/bin/sh", "-c", script, launcher, run.profile());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
