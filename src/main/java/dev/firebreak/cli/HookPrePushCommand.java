package dev.firebreak.cli;

import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.git.LeasePush;
import dev.firebreak.git.PushPlan;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.Repositories;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.PushOverride;
import dev.firebreak.prepush.SqlScanners;
import dev.firebreak.prepush.Verdict;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code firebreak hook pre-push REMOTE URL}: what the installed hook runs. Reads git's ref lines on stdin, prints
 * the checklist to stderr (git shows it) and exits 0 to allow, 1 to block. {@value PushOverride#ENV} lets one
 * blocked push through and records why.
 */
@Command(name = "pre-push", description = "Runs the checklist on git's pre-push input (stdin). Exit 0 allow, 1 blocked.")
final class HookPrePushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RepoOption repo;

    @Parameters(index = "0", paramLabel = "REMOTE", description = "remote name (or URL) from git")
    String remote;

    @Parameters(index = "1", paramLabel = "URL", description = "remote URL from git")
    String url;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Repository repository = Repositories.open(repo.dir())) {
            PushPlan plan = PushPlans.fromHookInput(repository, remote, url, stdinLines());
            if (plan.isEmpty()) {
                return Cli.OK;
            }
            if (plan.hash().equals(System.getenv(LeasePush.REVIEWED_ENV))) {
                err.println("firebreak: this exact push was reviewed in Firebreak; not checking it again");
                return Cli.OK;
            }
            Clock clock = Clock.systemUTC();
            Checklist checklist = PushGuard.forRepository(repository, SqlScanners.analyzer(), clock).evaluate(plan);
            ChecklistText.print(checklist, err);
            if (checklist.verdict() == Verdict.ALLOW) {
                return Cli.OK;
            }
            String reason = System.getenv(PushOverride.ENV);
            if (reason != null && !reason.isBlank()) {
                AuditLog auditLog = new AuditLog(root().home());
                EventBus events = new EventBus();
                try (JournalSubscription journal = JournalSubscription.tryOpen(spec, events)) {
                    new PushOverride(auditLog, events, clock).record(Repositories.workTree(repository), checklist, reason);
                }
                err.println("firebreak: blocked push let through by override \"" + reason.strip() + "\" (recorded in " + auditLog.file() + ")");
                return Cli.OK;
            }
            err.println("firebreak: push blocked. If it must go anyway, say why: " + PushOverride.ENV
                    + "=\"<reason>\" git push … (the reason is recorded in the audit log)");
            return Cli.FAILED;
        }
    }

    private FirebreakCommand root() {
        return (FirebreakCommand) spec.root().userObject();
    }

    private static List<String> stdinLines() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList();
    }
}
