package dev.firebreak.cli;

import dev.firebreak.core.CancelledException;
import dev.firebreak.core.UserFacingException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command line and maps outcomes to exit codes: 0 ok, 1 the check or job failed, 2 usage or input error. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams; tests use this to capture output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FirebreakCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CancelledException) {
                commandLine.getErr().println("firebreak: cancelled; what was started has been undone");
                return FAILED;
            }
            commandLine.getErr().println(message(e));
            if (!(e instanceof UserFacingException)) {
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("Command failed", e);
            }
            return USAGE;
        });
        cli.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(new java.util.TreeMap<>(java.util.Map.of(
                "0", "done, nothing failed", "1", "a check, verification or job failed", "2", "usage or input error")));
        return cli;
    }

    /** A job failed in a way the user can act on (nothing was changed): its message on stderr, exit 1. */
    static int jobFailed(PrintWriter err, UserFacingException e) {
        err.println("firebreak: " + e.getMessage());
        return FAILED;
    }

    private static String message(Exception e) {
        if (e instanceof UserFacingException) {
            return "firebreak: " + e.getMessage();
        }
        return "firebreak: unexpected error: " + e + " (details in the log under $FIREBREAK_HOME/logs)";
    }
}
