package dev.firebreak.prepush;

import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.core.DaemonThreads;
import dev.firebreak.core.RepoPolicy;
import dev.firebreak.core.RepoPolicyLoader;
import dev.firebreak.git.OutgoingChanges;
import dev.firebreak.git.OutgoingReader;
import dev.firebreak.git.OutgoingTexts;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.Repositories;
import dev.firebreak.git.WorkingTreeStatus;
import dev.firebreak.sql.MigrationFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jgit.lib.Repository;

/** Evaluates a {@link PushPlan} into a {@link Checklist}: the same code for the console, the hook and CI. */
public final class PushGuard {
    private static final List<Check> CHECKS = List.of(new BranchTargetCheck(), new ProtectedTargetCheck(),
            new ForceCheck(), new LeaseCheck(), new OutgoingCheck(), new DestructiveSqlCheck(), new BackupCheck(), new WorkingTreeCheck());

    private final Repository repository;
    private final RepoPolicy policy;
    private final Optional<SqlScanner> scanner;
    private final BackupStore backups;
    private final Clock clock;

    /** @param backups where the backup check looks for the policy's fresh backup */
    public PushGuard(Repository repository, RepoPolicy policy, Optional<SqlScanner> scanner, BackupStore backups, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.scanner = scanner;
        this.backups = backups;
        this.clock = clock;
    }

    /** A guard with the repository's own {@code .firebreak.yml} (a bad file throws a PolicyException). */
    public static PushGuard forRepository(Repository repository, Optional<SqlScanner> scanner, BackupStore backups, Clock clock) {
        return new PushGuard(repository, RepoPolicyLoader.load(Repositories.workTree(repository)), scanner, backups, clock);
    }

    /**
     * Opens the repository at {@code repoDir} and checks pushing its current branch upstream (remote may be null), the
     * backup check looking in {@code backups} (the store of the caller's home).
     */
    public static Checklist forUpstream(Path repoDir, String remoteName, Optional<SqlScanner> scanner, BackupStore backups,
                                        Clock clock) {
        try (Repository repository = Repositories.open(repoDir)) {
            return forRepository(repository, scanner, backups, clock).evaluate(PushPlans.forUpstream(repository, remoteName));
        }
    }

    public RepoPolicy policy() {
        return policy;
    }

    public Checklist evaluate(PushPlan plan) {
        // the status scan (often a git process) runs on the second core while the outgoing range is read
        CompletableFuture<WorkingTreeStatus> workingTree = CompletableFuture.supplyAsync(
                () -> WorkingTreeStatus.of(repository), DaemonThreads.named("firebreak-status"));
        OutgoingChanges outgoing = new OutgoingReader(repository).read(plan);
        Optional<ScanResult> scan = Optional.empty();
        List<String> unreadable = List.of();
        if (scanner.isPresent()) {
            OutgoingTexts texts = OutgoingTexts.read(repository, outgoing.files().stream()
                    .filter(file -> MigrationFiles.mayBeCandidate(file.path(), policy.migrations())).toList());
            List<ChangedFile> files = new ArrayList<>();
            texts.contents().forEach((path, content) -> files.add(new ChangedFile(path, content)));
            scan = Optional.of(scanner.get().scan(files, policy));
            unreadable = texts.notUtf8();
        }
        PushContext context = new PushContext(plan, outgoing, join(workingTree), policy, scan, unreadable,
                backups, clock.instant());
        List<CheckResult> results = CHECKS.stream().map(check -> check.run(context)).toList();
        return new Checklist(plan, outgoing, scan, results, clock.instant());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
