package dev.firebreak.cli;

import dev.firebreak.backup.pgtool.ToolUnavailableException;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line and maps outcomes to exit codes: 0 ok, 1 the check or job failed, 2 usage or input error. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        PrintWriter err = utf8(System.err);
        if (PrePushHook.isHookInvocation(args)) {
            // git waits for this on every push: skip picocli's reflective model of all commands (~0.2 s)
            try {
                return new PrePushHook(FirebreakHome.resolve(), System::getenv, Clock.systemUTC())
                        .run(Path.of("").toAbsolutePath(), args[2], args[3], HookPrePushCommand.stdinLines(), err);
            } catch (RuntimeException e) {
                return failed(e, err);
            }
        }
        return commandLine(utf8(System.out), err, new FirebreakCommand(), args.length > 0 ? args[0] : null).execute(args);
    }

    /** UTF-8 whatever the locale: under LANG=C (CI, some git GUIs) Java would print "?" for every arrow. */
    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** A configured command line writing to the given streams; tests use this to capture output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new FirebreakCommand(), null);
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter)}, with everything written under {@code home}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, FirebreakHome home) {
        return commandLine(out, err, new FirebreakCommand(home), null);
    }

    /**
     * With only the subcommand named {@code first} when there is one by that name (else all): picocli's reflective
     * model of every command cost each backup or restore about 0.15 s of CPU, and a command never reaches its siblings.
     */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, FirebreakCommand root, String first) {
        CommandLine cli = new CommandLine(root);
        List<Class<?>> named = FirebreakCommand.SUBCOMMANDS.stream()
                .filter(command -> command.getAnnotation(CommandLine.Command.class).name().equals(first)).toList();
        (named.isEmpty() ? FirebreakCommand.SUBCOMMANDS : named).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
        cli.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(new java.util.TreeMap<>(java.util.Map.of(
                "0", "done, nothing failed", "1", "a check, verification or job failed", "2", "usage or input error")));
        return cli;
    }

    /** Says what went wrong without a stack trace (unexpected errors go to the log) and answers with an exit code. */
    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof CancelledException) {
            err.println("firebreak: cancelled; what was started has been undone");
            return FAILED;
        }
        err.println(message(e));
        if (!(e instanceof UserFacingException)) {
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("Command failed", e);
        }
        return USAGE;
    }

    /**
     * A job failed in a way the user can act on (nothing was changed): its message on stderr, exit 1. No pg_dump or
     * pg_restore new enough is exit 2, as for verify: the machine needs fixing, not the backup, and a retry fails alike
     * (also when a restore's message wraps it).
     */
    static int jobFailed(PrintWriter err, UserFacingException e) {
        err.println("firebreak: " + e.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ToolUnavailableException) {
                return USAGE;
            }
        }
        return FAILED;
    }

    private static String message(Exception e) {
        if (e instanceof UserFacingException) {
            return "firebreak: " + e.getMessage();
        }
        return "firebreak: unexpected error: " + e + " (details in the log under $FIREBREAK_HOME/logs)";
    }
}
