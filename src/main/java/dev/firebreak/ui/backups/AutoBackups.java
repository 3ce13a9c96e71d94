package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.schedule.Cadence;
import dev.firebreak.schedule.Schedule;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups while the console is open: once a minute, each profile whose schedule runs in the console and is due
 * (its last run time passed and no backup on this disk, e.g. the system timer's, finished since) gets a {@code scheduled}
 * backup through the {@link TaskExecutor}, so it shows in the status bar and can be cancelled. One attempt per
 * run time: a failure is reported once (and journaled by the engine), not retried every minute.
 */
public final class AutoBackups implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackups.class);

    private final ScheduleStore schedules;
    private final BackupEngine engine;
    private final ProfileStore profiles;
    private final TypedPasswords passwords;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final Map<String, Instant> attempted = new ConcurrentHashMap<>(); // profile → the run time tried
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "firebreak-auto-backups");
        thread.setDaemon(true);
        return thread;
    });
    private Runnable onBackup = () -> { };

    public AutoBackups(ScheduleStore schedules, BackupEngine engine, ProfileStore profiles, Credentials credentials,
                       TaskExecutor executor, DialogService dialogs, Clock clock) {
        this(schedules, engine, profiles, new TypedPasswords(credentials), executor, dialogs, clock);
    }

    /** @param passwords those typed in Add database, which log in the automatic backups too while Firebreak runs */
    public AutoBackups(ScheduleStore schedules, BackupEngine engine, ProfileStore profiles, TypedPasswords passwords,
                       TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.schedules = schedules;
        this.engine = engine;
        this.profiles = profiles;
        this.passwords = passwords;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Checks now and then every minute, off the UI thread. */
    public void start() {
        poller.scheduleWithFixedDelay(this::checkNow, 0, 1, TimeUnit.MINUTES);
    }

    /** Called on the UI thread after each backup this makes (the tab lists it). */
    void onBackup(Runnable listener) {
        onBackup = listener;
    }

    /** Reads schedules and catalogs on the calling thread (not the UI thread) and queues the due backups. */
    void checkNow() {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock);
            for (Schedule schedule : schedules.list().stream().filter(Schedule::console).toList()) {
                Instant slot = schedule.cadence().previous(now).toInstant();
                // this disk has every backup this machine made, the system timer's too: S3 is not listed every minute
                Instant newest = engine.store().onThisDisk(schedule.profile()).stream().map(BackupManifest::finishedAt)
                        .max(Instant::compareTo).orElse(null);
                if (schedule.isDue(newest, now) && !slot.equals(attempted.put(schedule.profile(), slot))) {
                    Platform.runLater(() -> backUp(schedule));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking the backup schedules failed", e); // the poller must keep running
        }
    }

    private void backUp(Schedule schedule) {
        String title = "Scheduled backup of " + schedule.profile();
        executor.execute(BackgroundTask.of(title, monitor -> {
                    ConnectionProfile profile = profiles.require(schedule.profile());
                    return engine.backup(engine.database(profile, passwords.credentials(profile)), BackupLabel.SCHEDULED).call(monitor);
                })
                .onSuccess(made -> {
                    dialogs.notify("Scheduled backup of " + made.database() + " made (" + schedule.cadence().describe() + ")");
                    onBackup.run();
                })
                .onFailure(error -> dialogs.notify(title + " failed: " + ErrorText.of(error)))
                .onCancelled(() -> dialogs.notify(title + ": cancelled; the next one is due " + schedule.cadence().describe())));
    }

    /** The profile's schedule, if it has one. Reads a small file: fine on the UI thread. */
    Optional<Schedule> schedule(String profile) {
        return schedules.find(profile);
    }

    /**
     * Turns the console's automatic backups of {@code profile} on (daily at 02:00 unless a schedule exists) or off
     * (a system timer installed with {@code firebreak schedule install} keeps running).
     */
    void setEnabled(String profile, boolean enabled) {
        Optional<Schedule> existing = schedules.find(profile);
        if (enabled) {
            schedules.save(existing.map(schedule -> schedule.withConsole(true))
                    .orElse(Schedule.of(profile, Cadence.daily(), false, true, null)));
            poller.execute(this::checkNow);
        } else if (existing.isPresent() && existing.get().system() != null) {
            schedules.save(existing.get().withConsole(false));
        } else {
            schedules.remove(profile);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
