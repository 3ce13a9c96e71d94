package dev.firebreak.schedule;

import dev.firebreak.core.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** macOS: a launchd agent in {@code ~/Library/LaunchAgents}, loaded into the user's GUI session. */
final class LaunchAgents implements SystemScheduler {
    private final Path agentsDir;
    private final Path logs;

    LaunchAgents(Path agentsDir, Path logs) {
        this.agentsDir = agentsDir;
        this.logs = logs;
    }

    @Override
    public String kind() {
        return "launchd";
    }

    @Override
    public String install(Cadence cadence, ScheduledRun run) {
        Path plist = plist(run.profile());
        try {
            Files.createDirectories(agentsDir);
            Files.createDirectories(logs);
            AtomicFiles.write(plist, LaunchdAgent.plist(cadence, run, logs.resolve("schedule-" + run.profile() + ".log"))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemCommand.of("launchctl", "bootout", domain() + "/" + LaunchdAgent.label(run.profile())).run(); // an older one
        SystemCommand.of("launchctl", "bootstrap", domain(), plist.toString()).require(null, "Loading the launchd agent");
        return "Installed and loaded the launchd agent " + plist;
    }

    @Override
    public String remove(String profile) {
        if (!installed(profile)) {
            return "No launchd agent for " + profile + " in " + agentsDir;
        }
        SystemCommand.of("launchctl", "bootout", domain() + "/" + LaunchdAgent.label(profile)).run();
        try {
            Files.delete(plist(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "Unloaded and removed the launchd agent " + plist(profile);
    }

    @Override
    public String location(String profile) {
        return plist(profile).toString();
    }

    @Override
    public boolean installed(String profile) {
        return Files.exists(plist(profile));
    }

    private Path plist(String profile) {
        return agentsDir.resolve(LaunchdAgent.label(profile) + ".plist");
    }

    /** {@code gui/501}: the logged-in user's session. */
    private static String domain() {
        return "gui/" + SystemCommand.of("id", "-u").require(null, "Reading your user id").stdout().strip();
    }
}
