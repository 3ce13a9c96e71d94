package dev.firebreak.schedule;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the system scheduler of this machine: launchd on macOS, Task Scheduler on Windows, on Linux a systemd user
 * timer when {@code systemctl --user} reaches a user manager, else the user's crontab. Home and config directories
 * come from the given environment, so tests install into temp directories.
 */
public final class SystemSchedulers {
    private final FirebreakHome home;
    private final Map<String, String> env;
    private final String os;

    public SystemSchedulers(FirebreakHome home, Map<String, String> env, String os) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.os = os.toLowerCase(Locale.ROOT);
    }

    public static SystemSchedulers ofThisMachine(FirebreakHome home) {
        return new SystemSchedulers(home, System.getenv(), System.getProperty("os.name"));
    }

    /** The scheduler a new schedule goes to; none available is an error that says what to install. */
    public SystemScheduler forInstall() {
        if (os.startsWith("mac")) {
            return named("launchd");
        }
        if (os.startsWith("windows")) {
            return named("schtasks");
        }
        String systemd = SystemdUserTimers.unavailable();
        if (systemd == null) {
            return named("systemd");
        }
        if (onPath("crontab")) {
            return named("cron");
        }
        throw new UserFacingException("No scheduler to install into: systemd user sessions are not available here ("
                + systemd + ") and there is no crontab command. Install cron (e.g. "
                + "apt-get install cron), or log in through a systemd user session, or run "
                + "'firebreak backup --profile NAME --label scheduled' from a scheduler of your own. Nothing was installed.");
    }

    /** The scheduler a saved schedule was installed with ({@link SystemScheduler#kind()}). */
    public SystemScheduler named(String kind) {
        return switch (kind) {
            case "systemd" -> new SystemdUserTimers(configHome().resolve("systemd").resolve("user"));
            case "cron" -> new UserCrontab();
            case "launchd" -> new LaunchAgents(userHome().resolve("Library").resolve("LaunchAgents"), home.logs());
            case "schtasks" -> new WindowsTasks(home.root().resolve("schedule"));
            default -> throw new UserFacingException("Unknown scheduler '" + kind + "' in the saved schedules.");
        };
    }

    private Path configHome() {
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome().resolve(".config");
    }

    private Path userHome() {
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    }

    private boolean onPath(String program) {
        return Arrays.stream(env.getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
