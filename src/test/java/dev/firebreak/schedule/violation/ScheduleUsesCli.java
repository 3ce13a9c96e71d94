package dev.firebreak.schedule.violation;

/** A deliberate violation for {@code LayeringRulesTest}: a service reaching into the CLI. */
public final class ScheduleUsesCli {
    static final Class<?> CLI = dev.firebreak.cli.Cli.class;
}
