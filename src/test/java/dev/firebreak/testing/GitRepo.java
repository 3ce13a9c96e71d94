package dev.firebreak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real git working copy driven by the system {@code git}, cloned from a real bare {@code file://} remote.
 * Git runs isolated from the machine's configuration (own HOME, no system config) with a fixed identity.
 */
public final class GitRepo {
    private final Path dir;
    private final Path remote;
    private final Map<String, String> env;

    private GitRepo(Path dir, Path remote, Map<String, String> env) {
        this.dir = dir;
        this.remote = remote;
        this.env = env;
    }

    /** A bare remote {@code remote.git} and a clone {@code work} whose main has one pushed commit. */
    public static GitRepo withRemote(Path root) {
        Map<String, String> env = isolatedEnv(root);
        Path remote = root.resolve("remote.git");
        run(root, env, "git", "init", "-q", "--bare", "-b", "main", remote.toString());
        GitRepo repo = cloneOf(remote, root.resolve("work"), env);
        repo.commit("README.md", "# shop\n", "Initial commit");
        repo.git("push", "-q", "origin", "main");
        return repo;
    }

    /** Another clone of the same remote: "someone else" who pushes meanwhile. */
    public GitRepo cloneAs(Path target, String... options) {
        List<String> args = new ArrayList<>(List.of("git", "clone", "-q"));
        args.addAll(List.of(options));
        args.addAll(List.of(remoteUrl(), target.toString()));
        run(target.getParent(), env, args.toArray(String[]::new));
        return new GitRepo(target, remote, env);
    }

    private static GitRepo cloneOf(Path remote, Path target, Map<String, String> env) {
        run(target.getParent(), env, "git", "clone", "-q", "file://" + remote, target.toString());
        return new GitRepo(target, remote, env);
    }

    private static Map<String, String> isolatedEnv(Path root) {
        Path home = root.resolve("home");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LC_ALL", "C"); // as in CI and some git GUIs: the hook's output must not need a UTF-8 locale
        env.put("FIREBREAK_HOME", root.resolve("firebreak-home").toString());
        for (String who : List.of("AUTHOR", "COMMITTER")) {
            env.put("GIT_" + who + "_NAME", "Ana Dev");
            env.put("GIT_" + who + "_EMAIL", "ana@shop.invalid");
        }
        return env;
    }

    public Path dir() {
        return dir;
    }

    public Path remote() {
        return remote;
    }

    public String remoteUrl() {
        return "file://" + remote;
    }

    public Path firebreakHome() {
        return Path.of(env.get("FIREBREAK_HOME"));
    }

    /** Runs git here and returns its trimmed stdout; fails the test when git fails. */
    public String git(String... args) {
        ProcessResult result = gitResult(Map.of(), args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + result.output());
        }
        return result.stdout().trim();
    }

    /** Runs git here with extra environment, whatever its exit code. */
    public ProcessResult gitResult(Map<String, String> extraEnv, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnv);
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return ProcessResult.run(dir, all, command);
    }

    /** The sha a ref has on the remote, or an empty string when it does not exist there. */
    public String remoteSha(String branch) {
        ProcessResult result = ProcessResult.run(remote, env, List.of("git", "rev-parse", "--verify", "-q", "refs/heads/" + branch));
        return result.stdout().trim();
    }

    public String commit(String path, String content, String message) {
        write(path, content);
        git("add", path);
        git("commit", "-q", "-m", message);
        return head();
    }

    /**
     * Pushes one more commit to main, then rewords it locally: the local main has diverged, as after an amend or a
     * rebase of published history. Returns the sha the remote keeps.
     */
    public String pushThenRewriteMain() {
        commit("app.txt", "v1\n", "Release 1");
        git("push", "-q", "origin", "main");
        String published = head();
        git("commit", "-q", "--amend", "-m", "Release 1, rewritten");
        return published;
    }

    public void write(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String head() {
        return git("rev-parse", "HEAD");
    }

    private static void run(Path dir, Map<String, String> env, String... command) {
        ProcessResult result = ProcessResult.run(dir, env, List.of(command));
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.output());
        }
    }
}
