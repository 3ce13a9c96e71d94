package dev.firebreak.ui.prepush;

import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.git.DiffLine;
import dev.firebreak.git.FileDiff;
import dev.firebreak.git.HookInstaller;
import dev.firebreak.git.LeasePush;
import dev.firebreak.git.OutgoingFile;
import dev.firebreak.git.PushResult;
import dev.firebreak.git.Repositories;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.prepush.SqlScanners;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Repository;

/** The services the Pre-push tab calls, wired once by the composition root. Runs off the UI thread. */
public final class PrePushActions {
    private final PushOverride override;
    private final BackupStore backups;
    private final Clock clock;
    private final Consumer<Path> rememberRepository;

    /** @param backups where the backup check looks: the console's home, not whatever $FIREBREAK_HOME says */
    public PrePushActions(PushOverride override, BackupStore backups, Clock clock, Consumer<Path> rememberRepository) {
        this.override = override;
        this.backups = backups;
        this.clock = clock;
        this.rememberRepository = rememberRepository;
    }

    Checklist evaluate(Path repository) {
        return PushGuard.forUpstream(repository, null, SqlScanners.analyzer(), backups, clock);
    }

    /** Records an override (never silent) before pushing the reviewed plan with its lease. */
    PushResult push(Path repository, Checklist reviewed, String overrideReason, ProgressMonitor monitor) {
        if (overrideReason != null) {
            override.record(repository, reviewed, overrideReason);
        }
        return LeasePush.of(repository, reviewed.plan()).call(monitor);
    }

    /** Installs the hook that runs the same checklist on every terminal {@code git push}. */
    String installHook(Path repository) {
        try (Repository opened = Repositories.open(repository)) {
            return new HookInstaller(opened, HookInstaller.defaultLauncher()).install();
        }
    }

    List<DiffLine> diff(Path repository, OutgoingFile file) {
        try (Repository opened = Repositories.open(repository)) {
            return FileDiff.of(opened, file.oldBlob(), file.newBlob());
        }
    }

    void remember(Path repository) {
        rememberRepository.accept(repository);
    }
}
