package dev.firebreak.git;

import java.io.File;
import java.nio.file.Path;
import org.eclipse.jgit.util.FS;

/**
 * Tells JGit where git's system-wide config lives, so it does not find out by starting {@code git --version} and
 * {@code git config --system --list} on every run (about 0.2 s of the pre-push hook's budget). Git is built with
 * its config in {@code <prefix>/etc/gitconfig}, or {@code /etc/gitconfig} for the distribution's {@code /usr}.
 */
final class SystemConfigLocation {
    private static volatile boolean applied;

    private SystemConfigLocation() {
    }

    static void apply() {
        if (applied || System.getProperty("os.name", "").startsWith("Windows")) {
            return; // Windows installs put it in many places: let JGit ask git there
        }
        applied = true;
        String explicit = System.getenv("GIT_CONFIG_SYSTEM");
        if (explicit != null && !explicit.isBlank()) {
            FS.DETECTED.setGitSystemConfig(new File(explicit));
            return;
        }
        GitExecutable.onPath().map(SystemConfigLocation::forGit).ifPresent(config -> FS.DETECTED.setGitSystemConfig(config));
    }

    private static File forGit(Path git) {
        Path prefix = git.toAbsolutePath().getParent().getParent();
        if (prefix == null || prefix.toString().equals("/usr") || prefix.toString().equals("/")) {
            return new File("/etc/gitconfig");
        }
        return prefix.resolve("etc/gitconfig").toFile();
    }
}
