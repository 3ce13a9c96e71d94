package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.schedule.Cadence;
import dev.firebreak.schedule.Schedule;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.schedule.ScheduledRun;
import dev.firebreak.schedule.Schedules;
import dev.firebreak.schedule.SystemSchedulers;
import dev.firebreak.schedule.UnattendedPassword;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak schedule install|remove|status}: backups run by the system's scheduler, console or not. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Scheduled backups by the system's scheduler (systemd user timer or crontab, launchd, Task Scheduler).",
        subcommands = {ScheduleCommand.Install.class, ScheduleCommand.Remove.class, ScheduleCommand.Status.class})
public final class ScheduleCommand extends CommandGroup {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    FirebreakCommand root;

    Schedules schedules() {
        FirebreakHome home = root.home();
        return new Schedules(new ScheduleStore(home), SystemSchedulers.ofThisMachine(home));
    }

    /** What every subcommand of {@code firebreak schedule} is handed: its terminal ({@code spec}) and the group ({@code parent}). */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ScheduleCommand parent;
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Install (or replace) the profile's scheduled backup: firebreak backup --profile NAME --label scheduled.")
    static final class Install extends Subcommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        String profile;

        @Option(names = "--every", defaultValue = "daily", paramLabel = "daily|hourly|Nh",
                description = "daily, hourly, or every 2h, 3h, 4h, 6h, 8h, 12h (default: ${DEFAULT-VALUE}).")
        String every;

        @Option(names = "--at", defaultValue = Cadence.DEFAULT_AT, paramLabel = "HH:MM",
                description = "Local time of the (first) run each day (default: ${DEFAULT-VALUE}).")
        String at;

        @Option(names = "--prune", description = "Apply retention (firebreak prune --profile NAME) after each backup.")
        boolean prune;

        @Override
        public Integer call() {
            FirebreakHome home = parent.root.home();
            ConnectionProfile connection = new ProfileStore(home).require(profile);
            Cadence cadence = Cadence.parse(every, at);
            ScheduledRun run = ScheduledRun.of(home, profile, prune, System.getenv());
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.schedules().install(cadence, run));
            out.println("Backs up " + profile + " " + cadence.describe() + " (local time)" + (prune ? ", then prunes" : "")
                    + "; next run " + LOCAL.format(cadence.next(ZonedDateTime.now())) + ".");
            UnattendedPassword.warning(connection, System.getenv()).ifPresent(spec.commandLine().getErr()::println);
            return Cli.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove the profile's scheduled backup.")
    static final class Remove extends Subcommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        String profile;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(parent.schedules().remove(profile));
            return Cli.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "What is scheduled, where it is installed, the next run and the last scheduled backup.")
    static final class Status extends Subcommand {
        @Override
        public Integer call() {
            Schedules schedules = parent.schedules();
            PrintWriter out = spec.commandLine().getOut();
            List<Schedule> all = schedules.list();
            if (all.isEmpty()) {
                out.println("No scheduled backups. Install one: firebreak schedule install --profile NAME [--every daily]");
                return Cli.OK;
            }
            BackupEngine engine = new BackupContext(parent.root.home()).engine;
            ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
            for (Schedule schedule : all) {
                String system = schedules.systemEntry(schedule);
                List<BackupManifest> backups = engine.catalog(schedule.profile());
                out.println(schedule.profile() + ": " + schedule.cadence().describe() + (schedule.prune() ? ", then prune" : ""));
                out.println("  runs by:     " + (system == null ? "the console only, while it is open" : system)
                        + (schedule.console() ? "" : " (the console does not back up on its own)"));
                out.println("  next run:    " + LOCAL.format(schedule.cadence().next(now)));
                out.println("  last run:    " + lastRun(schedule, backups, now));
            }
            return Cli.OK;
        }

        /** The newest scheduled backup, and whether a later run time passed without any backup since. */
        private static String lastRun(Schedule schedule, List<BackupManifest> backups, ZonedDateTime now) {
            Optional<BackupManifest> scheduled = backups.stream().filter(backup -> backup.label() == BackupLabel.SCHEDULED)
                    .findFirst();
            if (scheduled.isEmpty()) {
                return "no scheduled backup yet";
            }
            boolean missed = schedule.isDue(backups.get(0).finishedAt(), now);
            return "backup " + scheduled.get().id() + " at " + LOCAL.format(scheduled.get().finishedAt().atZone(now.getZone()))
                    + (missed ? "; MISSED: no backup since the run due at " + LOCAL.format(schedule.cadence().previous(now))
                    + " (see the scheduler's log)" : "");
        }
    }
}
