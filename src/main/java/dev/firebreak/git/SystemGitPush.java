package dev.firebreak.git;

import dev.firebreak.core.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link LeasePush} through the system git: {@code git push --porcelain --force-with-lease=<ref>:<sha> ...}. */
final class SystemGitPush {
    private static final Pattern PROGRESS = Pattern.compile("^(.+?):\\s+\\d+% \\((\\d+)/(\\d+)\\)");

    private final Path git;
    private final Path workTree;
    private final PushPlan plan;

    SystemGitPush(Path git, Path workTree, PushPlan plan) {
        this.git = git;
        this.workTree = workTree;
        this.plan = plan;
    }

    PushResult run(ProgressMonitor monitor) {
        Map<String, String> env = Map.of(LeasePush.REVIEWED_ENV, plan.hash(),
                "GIT_TERMINAL_PROMPT", "0"); // the console has no terminal to answer a password prompt
        GitProcess.Outcome outcome = GitProcess.run(command(), workTree, env, monitor, line -> progress(line, monitor));
        if (outcome.exitCode() == 0) {
            return PushResult.pushed(plan);
        }
        List<String> all = new ArrayList<>(outcome.stdout().lines().toList());
        all.addAll(outcome.stderr());
        if (all.stream().anyMatch(line -> line.contains("stale info"))) {
            return PushResult.remoteMoved();
        }
        return PushResult.failed(String.join("\n", all.stream()
                .filter(line -> !PROGRESS.matcher(line).find() && !line.startsWith("To ") && !line.equals("Done")).toList()));
    }

    List<String> command() {
        List<String> command = new ArrayList<>(List.of(git.toString(), "push", "--porcelain", "--progress"));
        if (plan.updates().size() > 1) {
            command.add("--atomic"); // a broken lease on one ref must not let the others through
        }
        List<String> refspecs = new ArrayList<>();
        for (RefUpdate update : plan.updates()) {
            if (update.kind() == UpdateKind.UP_TO_DATE) {
                continue;
            }
            String expected = update.remoteExists() ? update.remoteSha() : ""; // empty: the ref must not exist yet
            command.add("--force-with-lease=" + update.remoteRef() + ":" + expected);
            refspecs.add((update.isDelete() ? "" : update.localSha()) + ":" + update.remoteRef());
        }
        command.add(plan.remoteName());
        command.addAll(refspecs);
        return command;
    }

    private static void progress(String line, ProgressMonitor monitor) {
        Matcher matcher = PROGRESS.matcher(line);
        if (matcher.find()) {
            monitor.update(matcher.group(1), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
        }
    }
}
