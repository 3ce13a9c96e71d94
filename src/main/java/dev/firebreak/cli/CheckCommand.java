package dev.firebreak.cli;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.SqlScanners;
import dev.firebreak.prepush.Verdict;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code firebreak check}: the pre-push checklist for pushing the current branch upstream, for people and CI. */
@Command(name = "check", description = {"Checks pushing the current branch to its upstream (or <remote>/<same name>).",
        "Offline: compares with what you last fetched. Exit 1 when a check fails."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOption repo;

    @Option(names = "--remote", paramLabel = "NAME", description = "the remote to push to (default: the branch's, else origin)")
    String remote;

    @Option(names = "--format", paramLabel = "text|json", description = "output format: ${COMPLETION-CANDIDATES}")
    Format format = Format.text;

    @Override
    public Integer call() {
        FirebreakCommand root = (FirebreakCommand) spec.root().userObject();
        Checklist checklist = PushGuard.forUpstream(repo.dir(), remote, SqlScanners.analyzer(),
                LocalBackupStore.in(root.home()), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(ChecklistJson.render(checklist));
            out.flush();
        } else {
            ChecklistText.print(checklist, out);
        }
        return checklist.verdict() == Verdict.ALLOW ? Cli.OK : Cli.FAILED;
    }
}
