package dev.firebreak.schedule;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A profile's backup schedule as saved in {@code schedules.json}: when, whether retention runs after each backup,
 * whether the open console backs up when one is due, and the system entry that runs it without the console
 * (a sentence naming the timer, crontab line, agent or task; null when there is none).
 */
public record Schedule(String profile, String every, String at, boolean prune, boolean console, String system) {
    /** The system timer gets this long to make a due backup before the open console makes it itself. */
    public static final Duration GRACE = Duration.ofMinutes(10);

    public static Schedule of(String profile, Cadence cadence, boolean prune, boolean console, String system) {
        return new Schedule(profile, cadence.every(), cadence.atText(), prune, console, system);
    }

    @JsonIgnore
    public Cadence cadence() {
        return Cadence.parse(every, at);
    }

    public Schedule withConsole(boolean runInConsole) {
        return new Schedule(profile, every, at, prune, runInConsole, system);
    }

    public Schedule withSystem(String entry) {
        return new Schedule(profile, every, at, prune, console, entry);
    }

    /**
     * A backup is due when the last run time passed more than {@link #GRACE} ago and no backup has finished since
     * (one made by the system timer, or by hand, counts).
     */
    public boolean isDue(Instant newestBackup, ZonedDateTime now) {
        ZonedDateTime slot = cadence().previous(now);
        return !now.isBefore(slot.plus(GRACE)) && (newestBackup == null || newestBackup.isBefore(slot.toInstant()));
    }
}
