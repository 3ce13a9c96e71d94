package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.retention.RetentionDecision;
import dev.firebreak.backup.retention.RetentionPlan;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Delete and Prune… in the Backups tab: each says what goes (time, size, why) before anything is deleted, and a
 * backup that retention always keeps needs the profile name typed. The work runs through the tab's executor.
 */
public final class BackupCleanup {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackupsViewModel model;
    private final BackupEngine engine;
    private final Path retentionFile;
    private final DialogService dialogs;
    private final Clock clock;

    public BackupCleanup(BackupsViewModel model, BackupEngine engine, Path retentionFile, DialogService dialogs, Clock clock) {
        this.model = model;
        this.engine = engine;
        this.retentionFile = retentionFile;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public void deleteSelected() {
        ConnectionProfile profile = model.profileProperty().get();
        BackupManifest backup = model.selectedProperty().get();
        if (profile == null || backup == null || model.busyProperty().get()) {
            return;
        }
        String title = "Delete the backup of " + backup.database() + " taken " + when(backup);
        String plan = "Backup " + backup.id() + ", taken " + when(backup) + " (" + Ages.ago(backup.finishedAt(), clock.instant())
                + "), " + Numbers.bytes(backup.sizeBytes()) + ", " + Numbers.count(backup.totalRows()) + " rows.\n"
                + "Its archive and manifest are deleted from disk; this cannot be undone.";
        Optional<String> alwaysKept = alwaysKept(backup, model.backups());
        boolean confirmed = alwaysKept.isPresent()
                ? dialogs.confirmByTyping(title, plan + "\nIt is " + alwaysKept.get() + ": retention would always keep it.",
                        profile.name())
                : dialogs.confirm(title, plan);
        if (confirmed) {
            model.run("Deleting backup " + backup.id(), monitor -> engine.delete(backup.id()), deleted -> {
                dialogs.notify("Deleted backup " + backup.id() + ", freed " + Numbers.bytes(backup.sizeBytes()));
                model.refresh();
            });
        }
    }

    /** Computes the retention plan off the UI thread, shows it, and carries it out after one click. */
    public void prune() {
        ConnectionProfile profile = model.profileProperty().get();
        if (profile == null) {
            return;
        }
        model.run("Planning retention for " + profile.name(),
                monitor -> engine.prune(profile.name(), RetentionPolicyFile.load(retentionFile)).plan(),
                plan -> confirmPrune(profile, plan));
    }

    private void confirmPrune(ConnectionProfile profile, RetentionPlan plan) {
        String decisions = plan.decisions().stream().map(this::line).collect(Collectors.joining("\n"));
        String heading = "Retention for " + profile.name() + ": " + plan.policy().describe() + ".\n\n" + decisions + "\n\n";
        if (plan.toDelete().isEmpty()) {
            dialogs.notify("Nothing to prune: retention keeps " + (plan.decisions().size() == 1 ? "the one backup" : "all "
                    + Numbers.of(plan.decisions().size(), "backup")) + " of " + profile.name());
            return;
        }
        String verdict = "Deleting " + Numbers.of(plan.toDelete().size(), "backup")
                + " frees " + Numbers.bytes(plan.bytesToFree()) + ".";
        if (dialogs.confirm("Prune the backups of " + profile.name(), heading + verdict)) {
            model.run("Pruning backups of " + profile.name(), monitor -> engine.prune(profile.name(), plan.policy()).delete(plan),
                    pruned -> {
                        dialogs.notify(pruned.summary());
                        model.refresh();
                    });
        }
    }

    private String line(RetentionDecision decision) {
        BackupManifest backup = decision.backup();
        return (decision.keep() ? "keep      " : "DELETE  ") + when(backup) + "  " + Numbers.bytes(backup.sizeBytes())
                + "  " + decision.reason();
    }

    private String when(BackupManifest backup) {
        return TIME.format(backup.finishedAt().atZone(clock.getZone()));
    }

    /** "the newest backup of shop" or "the newest test-restored backup of shop", which retention never deletes. */
    static Optional<String> alwaysKept(BackupManifest backup, List<BackupManifest> catalog) {
        Comparator<BackupManifest> byFinish = Comparator.comparing(BackupManifest::finishedAt);
        if (catalog.stream().max(byFinish).filter(backup::equals).isPresent()) {
            return Optional.of("the newest backup of " + backup.profile());
        }
        if (catalog.stream().filter(BackupManifest::restoreVerified).max(byFinish).filter(backup::equals).isPresent()) {
            return Optional.of("the newest test-restored backup of " + backup.profile());
        }
        return Optional.empty();
    }
}
