package dev.firebreak.cli;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.Numbers;
import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.practice.Practice;
import dev.firebreak.practice.PracticeRepository;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code firebreak practice start|stop|reset|status}: practice mode without a window. {@code start} keeps the server
 * in the foreground until Ctrl-C or {@code practice stop} (like {@code postgres} itself), so nothing is left running
 * behind the user's back; the console finds a server started here and uses it.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = "A practice PostgreSQL server with a sample shop, a practice repository and the guided drill.",
        subcommands = {PracticeCommand.Start.class, PracticeCommand.Stop.class, PracticeCommand.Reset.class,
                PracticeCommand.Status.class})
public final class PracticeCommand extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;

    Practice practice() {
        return new Practice(root.home(), LocalBackupStore.in(root.home()), new EventBus(), Clock.systemUTC());
    }

    /** What every subcommand of {@code firebreak practice} is handed: its terminal ({@code spec}) and the group ({@code parent}). */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        PracticeCommand parent;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the practice server (created on first use) and keep it running until Ctrl-C.")
    static final class Start extends Subcommand {
        @Override
        public Integer call() {
            Practice practice = parent.practice();
            PrintWriter out = spec.commandLine().getOut();
            Practice.Setup setup;
            try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
                setup = practice.start(progress);
            }
            printSetup(out, setup, practice);
            Practice.missingTools().ifPresent(advice ->
                    spec.commandLine().getErr().println("Backups in the drill need pg_dump: " + advice));
            if (!practice.serverStartedHere()) {
                out.println("The server was already running, started by another Firebreak (console or terminal); "
                        + "it stops with that one or with 'firebreak practice stop'.");
                return Cli.OK;
            }
            out.println("The server runs until you press Ctrl-C or run 'firebreak practice stop'.");
            out.flush();
            practice.awaitStop(); // Ctrl-C: the embedded server's shutdown hook stops it cleanly
            out.println("Practice server stopped.");
            return Cli.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the practice server, wherever it was started.")
    static final class Stop extends Subcommand {
        @Override
        public Integer call() {
            Practice practice = parent.practice();
            boolean wasRunning = practice.status().port().isPresent();
            practice.stop();
            spec.commandLine().getOut().println(wasRunning ? "Practice server stopped." : "The practice server was not running.");
            return Cli.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Delete the practice data, repository, drill record and practice backups, and create them afresh. "
                    + "Other profiles and their backups are never touched.")
    static final class Reset extends Subcommand {
        @Override
        public Integer call() {
            Practice practice = parent.practice();
            Practice.Setup setup;
            try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
                setup = practice.reset(progress);
            } finally {
                practice.stop();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Practice mode reset: a fresh shop, repository and drill. The server is stopped; "
                    + "start it with 'firebreak practice start' or open the console.");
            printSetup(out, setup, practice);
            return Cli.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Is the practice server running, and how far is the drill?")
    static final class Status extends Subcommand {
        @Override
        public Integer call() {
            Practice.Status status = parent.practice().status();
            PrintWriter out = spec.commandLine().getOut();
            out.println(status.port().map(port -> "Practice server: running on localhost:" + port
                            + status.customers().map(n -> ", " + Numbers.count(n) + " customers in shop").orElse(""))
                    .orElse("Practice server: stopped (firebreak practice start)"));
            status.profile().ifPresent(profile -> out.println("Profile:    practice → " + profile.url()));
            out.println("Repository: " + status.paths().repository());
            out.println("Drill (run started " + status.drill().startedAt() + "):");
            DrillRecord drill = status.drill();
            for (DrillStep step : DrillStep.values()) {
                Instant done = drill.done().get(step);
                out.println("  " + (done == null ? "[ ]" : "[x]") + " " + step.number() + ". " + step.title()
                        + (done == null ? "" : "  (" + done + ")"));
            }
            drill.recoveryTime().ifPresent(time -> out.println("Recovery time: " + seconds(time)
                    + " from the bad deploy to all customers back"));
            return Cli.OK;
        }
    }

    private static void printSetup(PrintWriter out, Practice.Setup setup, Practice practice) {
        int port = setup.profile().port();
        out.println("Practice mode is ready.");
        out.println("  Database:   " + setup.profile().url() + "  (profile 'practice', " + Numbers.count(setup.customers())
                + " customers)");
        out.println("  Connect:    psql -h localhost -p " + port + " -U " + Practice.USER + " " + Practice.DATABASE
                + "   (no password: the practice server trusts this machine's loopback only)");
        out.println("  Repository: " + setup.repository() + "  (on " + PracticeRepository.FEATURE_BRANCH
                + "; its upstream origin/main deploys)");
        out.println("  Data:       " + practice.paths().data());
    }

    static String seconds(Duration time) {
        return String.format(java.util.Locale.ROOT, "%.1f s", time.toMillis() / 1000.0);
    }
}
