package dev.firebreak.schedule;

/** A platform's way of running a command on a schedule without the console: a side-effecting installer. */
public interface SystemScheduler {
    /** Short name saved with the schedule, e.g. {@code systemd}. */
    String kind();

    /** Installs or replaces the profile's entry; returns a sentence saying what was written where. */
    String install(Cadence cadence, ScheduledRun run);

    /** Removes the profile's entry, leaving everything else alone; returns what was done. */
    String remove(String profile);

    /** Where the profile's entry lives, e.g. the timer file; a person can look there. */
    String location(String profile);

    /** Whether the entry is still in place (someone may have deleted it by hand). */
    boolean installed(String profile);
}
