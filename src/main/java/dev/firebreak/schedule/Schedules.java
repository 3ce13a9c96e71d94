package dev.firebreak.schedule;

import dev.firebreak.core.UserFacingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs, removes and lists backup schedules: the system entry (via {@link SystemSchedulers}) and the saved
 * {@link Schedule} that the console and {@code schedule status} read. The system entry is written first, so a
 * schedule is saved only once it really runs.
 */
public final class Schedules {
    private final ScheduleStore store;
    private final SystemSchedulers schedulers;

    public Schedules(ScheduleStore store, SystemSchedulers schedulers) {
        this.store = store;
        this.schedulers = schedulers;
    }

    /** Replaces any earlier schedule of the profile (also one installed with another scheduler). */
    public String install(Cadence cadence, ScheduledRun run) {
        SystemScheduler scheduler = schedulers.forInstall();
        List<String> said = new ArrayList<>();
        store.find(run.profile()).filter(old -> old.system() != null && !old.system().equals(scheduler.kind()))
                .ifPresent(old -> said.add(schedulers.named(old.system()).remove(run.profile())));
        said.add(scheduler.install(cadence, run));
        boolean console = store.find(run.profile()).map(Schedule::console).orElse(true);
        store.save(Schedule.of(run.profile(), cadence, run.prune(), console, scheduler.kind()));
        return String.join("\n", said);
    }

    /** Removes the system entry and the saved schedule (the console stops backing the profile up too). */
    public String remove(String profile) {
        Schedule schedule = store.find(profile).orElseThrow(() -> new UserFacingException("No schedule for profile '"
                + profile + "'. See firebreak schedule status."));
        String said = schedule.system() == null ? "The console no longer backs up " + profile + " automatically"
                : schedulers.named(schedule.system()).remove(profile);
        store.remove(profile);
        return said;
    }

    public List<Schedule> list() {
        return store.list();
    }

    /** Where the schedule's system entry lives and whether it is still there; null when it has none. */
    public String systemEntry(Schedule schedule) {
        if (schedule.system() == null) {
            return null;
        }
        SystemScheduler scheduler = schedulers.named(schedule.system());
        return scheduler.location(schedule.profile())
                + (scheduler.installed(schedule.profile()) ? "" : " — MISSING: install it again");
    }
}
