package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.BackupEvents.BackupsPruned;
import dev.firebreak.backup.PruneJob;
import dev.firebreak.backup.retention.RetentionDecision;
import dev.firebreak.backup.retention.RetentionPlan;
import dev.firebreak.backup.retention.RetentionPolicy;
import dev.firebreak.backup.retention.RetentionPolicyFile;
import dev.firebreak.backup.store.DamagedBackup;
import dev.firebreak.backup.store.Leftover;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak prune [--dry-run] [--profile NAME]}: the retention plan, line by line, then carried out. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Remove what interrupted backups left behind (with --profile, also the scratch databases killed restores and verifies left on its server), and delete backups that the retention policy ($FIREBREAK_HOME/retention.json, else 30 days of "
                + "everything, then 7 daily, 4 weekly, 12 monthly) no longer keeps. The newest backup and the newest "
                + "test-restored backup of each profile are always kept.")
public final class PruneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @Option(names = "--dry-run", description = "Show the plan; delete nothing.")
    boolean dryRun;

    @Option(names = "--profile", paramLabel = "NAME", description = "Only the backups of this profile (default: all), and the scratch databases on its server.")
    String profile;

    @Override
    public Integer call() {
        Path policyFile = RetentionPolicyFile.in(root.home());
        RetentionPolicy policy = RetentionPolicyFile.load(policyFile);
        PrintWriter out = spec.commandLine().getOut();
        EventBus events = new EventBus();
        BackupContext context = new BackupContext(root.home(), events);
        BackupEngine engine = context.engine;
        PruneJob job = engine.prune(profile, policy);
        RetentionPlan plan = job.plan();
        out.println("Retention (" + (Files.exists(policyFile) ? policyFile : "defaults; change them in " + policyFile)
                + "): " + policy.describe() + ".");
        List<Leftover> leftovers = engine.store().leftovers(profile);
        ServerLeftovers server = ServerLeftovers.of(context, profile, spec.commandLine().getErr());
        List<DamagedBackup> damaged = engine.store().damaged(profile);
        if (plan.decisions().isEmpty() && leftovers.isEmpty() && server.isEmpty() && damaged.isEmpty()) {
            out.println("No backups" + (profile == null ? "" : " of profile " + profile) + ": nothing to prune.");
            return Cli.OK;
        }
        plan.decisions().forEach(decision -> out.println(line(decision)));
        damaged.forEach(backup -> out.println(line(backup)));
        leftovers.forEach(leftover -> out.println(LeftoverText.line(leftover)));
        server.print(out);
        if (dryRun) {
            out.println("Dry run: would delete " + plural(plan.toDelete().size()) + " and free "
                    + Numbers.bytes(plan.bytesToFree()) + (leftovers.isEmpty() ? "" : ", and remove "
                    + LeftoverText.summary(leftovers)) + (server.scratch().isEmpty() ? "" : ", and drop "
                    + server.scratchSummary()) + "; nothing was deleted.");
            return Cli.OK;
        }
        long leftoverBytes = engine.store().removeLeftovers(leftovers);
        if (!leftovers.isEmpty()) {
            out.println("Removed " + LeftoverText.summary(leftovers) + ", freed " + Numbers.bytes(leftoverBytes) + ".");
        }
        int result = Cli.OK;
        if (!plan.decisions().isEmpty()) {
            // the journal only hears about real deletions: a preview is not an event
            try (JournalSubscription journal = JournalSubscription.tryOpen(root.home(), events, spec.commandLine().getErr())) {
                BackupsPruned pruned = job.delete(plan);
                out.println("Deleted " + plural(pruned.backupIds().size()) + ", freed " + Numbers.bytes(pruned.bytesFreed()) + ".");
            } catch (UserFacingException e) {
                result = Cli.jobFailed(spec.commandLine().getErr(), e); // the backups deleted before it are journaled
            }
        }
        try { // on its own: a server refusing a drop must not keep retention from the disk, nor the other way round
            server.dropScratch(context, out);
        } catch (UserFacingException e) {
            int failed = Cli.jobFailed(spec.commandLine().getErr(), e);
            result = result == Cli.OK ? failed : result;
        }
        return result;
    }

    private static String line(RetentionDecision decision) {
        return String.format("%-7s %s  %-10s %s  %10s  %s", decision.keep() ? "keep" : "delete", decision.backup().id(),
                decision.backup().profile(), decision.backup().finishedAt(), Numbers.bytes(decision.backup().sizeBytes()),
                decision.reason());
    }

    /** Kept: without its manifest nobody can say what it holds, so deleting it is a person's decision. */
    private static String line(DamagedBackup backup) {
        return String.format("%-7s %s  %-10s DAMAGED, needs a person: %s", "keep", backup.id(), backup.profile(),
                backup.reason());
    }

    private static String plural(int backups) {
        return Numbers.of(backups, "backup");
    }
}
