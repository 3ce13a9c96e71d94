package dev.firebreak.schedule;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a system scheduler runs for a profile: the absolute launcher with {@code backup --profile NAME --label
 * scheduled}, then {@code prune --profile NAME} when asked, in an environment that pins the Firebreak home and the
 * Java runtime of the install (cron and launchd start jobs with an almost empty environment). Never a password.
 */
public record ScheduledRun(Path launcher, String profile, boolean prune, Map<String, String> environment) {
    /** Set by the launcher script to its own absolute path (see packaging/bin/firebreak). */
    public static final String LAUNCHER_PROPERTY = "firebreak.launcher";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@+-]+");

    public ScheduledRun {
        environment = Map.copyOf(environment);
    }

    /**
     * For the running distribution: its launcher, {@code FIREBREAK_HOME} = {@code home}, {@code JAVA_HOME} = this
     * JVM, and {@code PGPASSFILE} when this shell has one (a path, not a password).
     */
    public static ScheduledRun of(FirebreakHome home, String profile, boolean prune, Map<String, String> env) {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null || launcher.isBlank() || !Files.isRegularFile(Path.of(launcher))) {
            throw new UserFacingException("Cannot tell which firebreak program the schedule should run: start this "
                    + "command through the installed launcher (…/bin/firebreak schedule install …).");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(FirebreakHome.ENV, home.root().toAbsolutePath().toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        if (env.containsKey("PGPASSFILE")) {
            environment.put("PGPASSFILE", Path.of(env.get("PGPASSFILE")).toAbsolutePath().toString());
        }
        return new ScheduledRun(Path.of(launcher).toAbsolutePath(), profile, prune, environment);
    }

    /** One argument list per command, in order: the backup, then (with prune) the prune. */
    public List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of(launcher.toString(), "backup", "--profile", profile, "--label", "scheduled"));
        if (prune) {
            commands.add(List.of(launcher.toString(), "prune", "--profile", profile));
        }
        return commands;
    }

    /** A word that no shell, systemd or cron would change: letters, digits and {@code _ . / : = @ + -}. */
    static boolean isPlain(String word) {
        return PLAIN.matcher(word).matches();
    }

    /** Environment variables in a stable order, so generated files are byte-for-byte reproducible. */
    public Map<String, String> sortedEnvironment() {
        return new java.util.TreeMap<>(environment);
    }
}
