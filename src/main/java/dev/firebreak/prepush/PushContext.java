package dev.firebreak.prepush;

import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.core.RepoPolicy;
import dev.firebreak.git.OutgoingChanges;
import dev.firebreak.git.OutgoingFile;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.RefUpdate;
import dev.firebreak.git.UpdateKind;
import dev.firebreak.git.WorkingTreeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the checks read, gathered once by {@link PushGuard}.
 *
 * @param sqlScan         empty when no SQL analyzer is available
 * @param unreadableFiles outgoing text files that are not valid UTF-8, so the analyzer never saw them
 * @param backups         the backup catalog the backup check reads
 * @param now             when the checklist is evaluated (backup ages are measured from here)
 */
record PushContext(PushPlan plan, OutgoingChanges outgoing, WorkingTreeStatus workingTree, RepoPolicy policy,
                   Optional<ScanResult> sqlScan, List<String> unreadableFiles, BackupStore backups, Instant now) {
    PushContext {
        unreadableFiles = List.copyOf(unreadableFiles);
    }

    boolean isProtected(RefUpdate update) {
        return update.remoteRef().startsWith("refs/heads/") && new Globs(policy.protectedBranches()).matches(update.remoteBranch());
    }

    /** Some update brings new content to a protected branch (deletions bring none). */
    boolean touchesProtectedBranch() {
        return plan.updates().stream()
                .anyMatch(u -> isProtected(u) && !u.isDelete() && u.kind() != UpdateKind.UP_TO_DATE);
    }

    /** Outgoing migrations: what the analyzer recognised plus the paths matching the policy's migration globs. */
    List<String> migrationFiles() {
        TreeSet<String> files = new TreeSet<>();
        sqlScan.ifPresent(scan -> files.addAll(scan.migrationFiles()));
        Globs globs = new Globs(policy.migrations());
        outgoing.files().stream().filter(OutgoingFile::hasNewText).map(OutgoingFile::path).filter(globs::matches).forEach(files::add);
        return List.copyOf(files);
    }
}
