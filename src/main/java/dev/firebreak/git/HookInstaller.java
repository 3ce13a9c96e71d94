package dev.firebreak.git;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;

/**
 * Installs and removes the pre-push hook, in {@code core.hooksPath} when set. Never overwrites someone else's hook:
 * it is kept as {@code pre-push.local} and called first. Installing twice changes nothing.
 */
public final class HookInstaller {
    /** Set by the launcher script to its own absolute path, so hooks call this exact distribution. */
    public static final String LAUNCHER_PROPERTY = "firebreak.launcher";

    private final Repository repository;
    private final List<String> launcher;

    /** @param launcher the command line that runs Firebreak, e.g. {@code [/opt/firebreak/bin/firebreak]} */
    public HookInstaller(Repository repository, List<String> launcher) {
        this.repository = repository;
        this.launcher = List.copyOf(launcher);
    }

    /** The running distribution's launcher if known, else {@code firebreak} from PATH. */
    public static List<String> defaultLauncher() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        return List.of(launcher == null || launcher.isBlank() ? "firebreak" : launcher);
    }

    public Path hooksDir() {
        String configured = repository.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null, "hooksPath");
        if (configured == null || configured.isBlank()) {
            return repository.getCommonDirectory().toPath().resolve("hooks");
        }
        if (configured.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), configured.substring(2));
        }
        return Repositories.workTree(repository).resolve(configured).normalize(); // git resolves it from the top
    }

    /** Installs or refreshes the hook; returns a sentence saying what was done. */
    public String install() {
        Path hook = hooksDir().resolve("pre-push");
        Path chained = hook.resolveSibling(HookScript.CHAINED);
        String script = HookScript.render(launcher);
        try {
            Files.createDirectories(hook.getParent());
            String kept = "";
            if (Files.exists(hook) && !ours(hook)) {
                if (Files.exists(chained)) {
                    throw new UserFacingException("Both " + hook + " and " + chained
                            + " exist and neither is Firebreak's: merge them into " + chained + " and run this again");
                }
                Files.move(hook, chained);
                kept = "; your existing hook was kept as " + chained + " and runs first";
            } else if (Files.exists(hook) && Files.readString(hook).equals(script)) {
                return "The Firebreak pre-push hook is already installed in " + hook;
            }
            Files.writeString(hook, script, StandardCharsets.UTF_8);
            hook.toFile().setExecutable(true, false);
            return "Installed the Firebreak pre-push hook in " + hook + kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes Firebreak's hook and puts back a chained one; someone else's hook is left alone. */
    public String uninstall() {
        Path hook = hooksDir().resolve("pre-push");
        Path chained = hook.resolveSibling(HookScript.CHAINED);
        try {
            if (!Files.exists(hook)) {
                return "No pre-push hook is installed in " + hook.getParent();
            }
            if (!ours(hook)) {
                return "The pre-push hook in " + hook + " was not installed by Firebreak: left untouched";
            }
            Files.delete(hook);
            if (Files.exists(chained)) {
                Files.move(chained, hook);
                return "Removed the Firebreak pre-push hook and restored your own hook in " + hook;
            }
            return "Removed the Firebreak pre-push hook from " + hook;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ours(Path hook) throws IOException {
        return Files.readString(hook, StandardCharsets.ISO_8859_1).contains(HookScript.MARKER);
    }
}
