package dev.firebreak.cli;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.git.LeasePush;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.Repositories;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.prepush.SqlScanners;
import dev.firebreak.prepush.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.lib.Repository;

/**
 * What {@code firebreak hook pre-push REMOTE URL} does: check the refs git announced, print the checklist to
 * stderr (git shows it) and answer 0 to allow, 1 to block. {@value PushOverride#ENV} lets one blocked push through
 * and records why; {@value LeasePush#REVIEWED_ENV} marks a push the console already decided on.
 */
final class PrePushHook {
    private final FirebreakHome home;
    private final UnaryOperator<String> env;
    private final Clock clock;

    PrePushHook(FirebreakHome home, UnaryOperator<String> env, Clock clock) {
        this.home = home;
        this.env = env;
        this.clock = clock;
    }

    /** The exact command line the installed hook runs, which {@link Cli} serves without building picocli's model. */
    static boolean isHookInvocation(String... args) {
        return args.length == 4 && args[0].equals("hook") && args[1].equals("pre-push") && !args[2].startsWith("-");
    }

    int run(Path repoDir, String remote, String url, List<String> stdinLines, PrintWriter err) {
        try (Repository repository = Repositories.open(repoDir)) {
            PushPlan plan = PushPlans.fromHookInput(repository, remote, url, stdinLines);
            if (plan.isEmpty()) {
                return Cli.OK;
            }
            if (plan.hash().equals(env.apply(LeasePush.REVIEWED_ENV))) {
                err.println("firebreak: this exact push was reviewed in Firebreak; not checking it again");
                return Cli.OK;
            }
            Checklist checklist = PushGuard.forRepository(repository, SqlScanners.analyzer(), LocalBackupStore.in(home), clock)
                    .evaluate(plan);
            ChecklistText.print(checklist, err);
            if (checklist.verdict() == Verdict.ALLOW) {
                return Cli.OK;
            }
            String reason = env.apply(PushOverride.ENV);
            if (reason != null && !reason.isBlank()) {
                AuditLog auditLog = new AuditLog(home);
                EventBus events = new EventBus();
                try (JournalSubscription journal = JournalSubscription.tryOpen(home, events, err)) {
                    new PushOverride(auditLog, events, clock).record(Repositories.workTree(repository), checklist, reason);
                }
                err.println("firebreak: blocked push let through by override \"" + reason.strip() + "\" (recorded in "
                        + auditLog.file() + ")");
                return Cli.OK;
            }
            err.println("firebreak: push blocked. If it must go anyway, say why: " + PushOverride.ENV
                    + "=\"<reason>\" git push … (the reason is recorded in the audit log)");
            return Cli.FAILED;
        }
    }
}
