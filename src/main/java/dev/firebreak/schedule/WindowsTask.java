package dev.firebreak.schedule;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Task Scheduler task as XML for {@code schtasks /Create /XML}, rather than {@code /TR}: only the XML can set
 * {@code StartWhenAvailable} (run a start missed while the PC was off as soon as it is back) and chain the prune as
 * a second action. The program is its own {@code <Command>} element; {@code <Arguments>} is one command line that
 * the program splits by the Microsoft C runtime rules, so each argument is quoted by those rules
 * ({@link #quoteArgument}).
 */
public final class WindowsTask {
    private WindowsTask() {
    }

    public static String name(String profile) {
        return "Firebreak\\backup-" + profile;
    }

    public static String xml(Cadence cadence, ScheduledRun run) {
        String repetition = cadence.everyHours() == 24 ? ""
                : "      <Repetition><Interval>PT" + cadence.everyHours() + "H</Interval><Duration>P1D</Duration></Repetition>\n";
        String actions = run.commands().stream().map(command -> "    <Exec>\n      <Command>"
                        + LaunchdAgent.escape(command.get(0)) + "</Command>\n      <Arguments>"
                        + LaunchdAgent.escape(arguments(command.subList(1, command.size()))) + "</Arguments>\n    </Exec>\n")
                .collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                + "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
                + "  <RegistrationInfo>\n    <Description>Firebreak backup of " + run.profile() + ", " + cadence.describe()
                + ". Written by firebreak schedule install; remove with: firebreak schedule remove --profile " + run.profile()
                + "</Description>\n  </RegistrationInfo>\n"
                + "  <Triggers>\n    <CalendarTrigger>\n"
                + String.format(Locale.ROOT, "      <StartBoundary>2000-01-01T%02d:%02d:00</StartBoundary>\n",
                        cadence.hours().get(0), cadence.minute())
                + repetition
                + "      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>\n    </CalendarTrigger>\n  </Triggers>\n"
                + "  <Settings>\n    <StartWhenAvailable>true</StartWhenAvailable>\n"
                + "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
                + "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
                + "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
                + "    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>\n  </Settings>\n"
                + "  <Actions Context=\"Author\">\n" + actions + "  </Actions>\n</Task>\n";
    }

    static String arguments(List<String> arguments) {
        return arguments.stream().map(WindowsTask::quoteArgument).collect(Collectors.joining(" "));
    }

    /**
     * As {@code CommandLineToArgvW} reads it back: plain when it has no space, tab or quote; else in quotes, with
     * each quote written {@code \"} and the backslashes before a quote (or the closing one) doubled.
     */
    static String quoteArgument(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : argument.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
