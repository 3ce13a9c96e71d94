package dev.firebreak.schedule;

import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux with a systemd user session: a service + timer in {@code ~/.config/systemd/user}, enabled and started. */
final class SystemdUserTimers implements SystemScheduler {
    private final Path unitDir;

    SystemdUserTimers(Path unitDir) {
        this.unitDir = unitDir;
    }

    /** Why {@code systemctl --user} reaches no user manager (as root in a container it usually does not), or null. */
    static String unavailable() {
        try {
            SystemCommand.Result probe = SystemCommand.of("systemctl", "--user", "show-environment").run();
            return probe.ok() ? null : "systemctl --user: " + probe.complaint();
        } catch (UserFacingException e) {
            return e.getMessage();
        }
    }

    @Override
    public String kind() {
        return "systemd";
    }

    @Override
    public String install(Cadence cadence, ScheduledRun run) {
        String unit = SystemdUnits.unitName(run.profile());
        try {
            Files.createDirectories(unitDir);
            AtomicFiles.write(unitDir.resolve(unit + ".service"), SystemdUnits.service(run).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(unitDir.resolve(unit + ".timer"), SystemdUnits.timer(run.profile(), cadence)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemCommand.of("systemctl", "--user", "daemon-reload").require(null, "Reloading systemd");
        SystemCommand.of("systemctl", "--user", "enable", "--now", unit + ".timer").require(null, "Enabling the timer");
        return "Installed and started the systemd user timer " + location(run.profile())
                + " (runs missed while the machine was off happen at the next boot)";
    }

    @Override
    public String remove(String profile) {
        String unit = SystemdUnits.unitName(profile);
        if (!installed(profile)) {
            return "No systemd user timer for " + profile + " in " + unitDir;
        }
        SystemCommand.of("systemctl", "--user", "disable", "--now", unit + ".timer").run(); // may already be stopped
        try {
            Files.deleteIfExists(unitDir.resolve(unit + ".timer"));
            Files.deleteIfExists(unitDir.resolve(unit + ".service"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemCommand.of("systemctl", "--user", "daemon-reload").run();
        return "Stopped and removed the systemd user timer " + location(profile);
    }

    @Override
    public String location(String profile) {
        return unitDir.resolve(SystemdUnits.unitName(profile) + ".timer").toString();
    }

    @Override
    public boolean installed(String profile) {
        return Files.exists(unitDir.resolve(SystemdUnits.unitName(profile) + ".timer"));
    }
}
