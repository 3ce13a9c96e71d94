package dev.firebreak.ui.prepush;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.git.LeasePush;
import dev.firebreak.git.PushResult;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.prepush.SqlScanners;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** The services the Pre-push tab calls, wired once by the composition root. Runs off the UI thread. */
public final class PrePushActions {
    private final PushOverride override;
    private final Clock clock;
    private final Consumer<Path> rememberRepository;

    public PrePushActions(PushOverride override, Clock clock, Consumer<Path> rememberRepository) {
        this.override = override;
        this.clock = clock;
        this.rememberRepository = rememberRepository;
    }

    Checklist evaluate(Path repository) {
        return PushGuard.forUpstream(repository, null, SqlScanners.analyzer(), clock);
    }

    /** Records an override (never silent) before pushing the reviewed plan with its lease. */
    PushResult push(Path repository, Checklist reviewed, String overrideReason, ProgressMonitor monitor) {
        if (overrideReason != null) {
            override.record(repository, reviewed, overrideReason);
        }
        return LeasePush.of(repository, reviewed.plan()).call(monitor);
    }

    String installHook(Path repository) {
        throw new UnsupportedOperationException("wired at merge");
    }

    void remember(Path repository) {
        rememberRepository.accept(repository);
    }
}
