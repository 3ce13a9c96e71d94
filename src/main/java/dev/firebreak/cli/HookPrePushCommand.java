package dev.firebreak.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firebreak hook pre-push REMOTE URL}: what the installed hook runs, see {@link PrePushHook}. */
@Command(name = "pre-push", description = {"Runs the checklist on git's pre-push input (stdin). Exit 0 allow, 1 blocked.",
        "FIREBREAK_OVERRIDE=\"<reason>\" lets one blocked push through and records the reason in the audit log."})
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
        FirebreakCommand root = (FirebreakCommand) spec.root().userObject();
        return new PrePushHook(root.home(), System::getenv, Clock.systemUTC())
                .run(repo.dir(), remote, url, stdinLines(), spec.commandLine().getErr());
    }

    static List<String> stdinLines() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList();
    }
}
