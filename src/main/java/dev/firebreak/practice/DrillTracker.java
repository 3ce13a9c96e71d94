package dev.firebreak.practice;

import dev.firebreak.backup.BackupEvents.BackupMade;
import dev.firebreak.backup.BackupEvents.RestoreFinished;
import dev.firebreak.backup.BackupEvents.VerificationRecorded;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.core.EventBus;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Advances the drill from what really happened: the backup engine's events for the practice profile and the bad
 * deploy. The two steps that happen only in the console (the blocked push, the exported postmortem) are reported by it
 * through {@link #complete}. Every change is saved to the drill record, then told to the listeners.
 */
public final class DrillTracker {
    private final Practice practice;
    private final BackupStore backups;
    private final Clock clock;
    private final List<Consumer<DrillRecord>> listeners = new CopyOnWriteArrayList<>();

    private DrillTracker(Practice practice, BackupStore backups, Clock clock) {
        this.practice = practice;
        this.backups = backups;
        this.clock = clock;
    }

    public static DrillTracker subscribe(Practice practice, BackupStore backups, EventBus events, Clock clock) {
        DrillTracker tracker = new DrillTracker(practice, backups, clock);
        events.subscribe(BackupMade.class, tracker::backupMade);
        events.subscribe(VerificationRecorded.class, tracker::verified);
        events.subscribe(DeployApplied.class, tracker::deployed);
        events.subscribe(RestoreFinished.class, tracker::restored);
        return tracker;
    }

    public void onChange(Consumer<DrillRecord> listener) {
        listeners.add(listener);
    }

    public DrillRecord record() {
        return practice.drill().load();
    }

    public void complete(DrillStep step) {
        change(record -> record.complete(step, clock.instant()));
    }

    /** Starts the drill again (the caller resets the practice data first). */
    public void restart() {
        DrillRecord fresh = practice.drill().reset();
        listeners.forEach(listener -> listener.accept(fresh));
    }

    private void backupMade(BackupMade event) {
        if (isPractice(event.manifest().profile()) && event.manifest().label() != BackupLabel.PRE_RESTORE) {
            change(record -> record.withBackup(event.manifest().id()));
        }
    }

    private void verified(VerificationRecorded event) {
        Verification verification = event.verification();
        if (verification.passed() && verification.kind() == VerificationKind.RESTORE && isPracticeBackup(event.backupId())) {
            change(record -> record.complete(DrillStep.BACKUP, event.at()));
        }
    }

    private void deployed(DeployApplied event) {
        change(record -> record.complete(DrillStep.DEPLOY, event.at()).withIncident(event.incident()));
    }

    /** Recovered only when the replace restore is done and every customer is back in the live shop. */
    private void restored(RestoreFinished event) {
        if (event.succeeded() && event.mode() == RestoreMode.REPLACE && isPracticeBackup(event.backupId())
                && record().isDone(DrillStep.DEPLOY) && Practice.customers(practice.database()) == SampleShop.CUSTOMERS) {
            change(record -> record.complete(DrillStep.RESTORE, event.at()));
        }
    }

    private boolean isPracticeBackup(String backupId) {
        return backups.find(backupId).map(manifest -> isPractice(manifest.profile())).orElse(false);
    }

    private static boolean isPractice(String profile) {
        return Practice.PROFILE.equals(profile);
    }

    private void change(java.util.function.UnaryOperator<DrillRecord> change) {
        DrillRecord changed = practice.drill().update(change);
        listeners.forEach(listener -> listener.accept(changed));
    }
}
