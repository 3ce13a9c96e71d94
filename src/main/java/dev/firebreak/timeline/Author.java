package dev.firebreak.timeline;

import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.ProcessOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Who is writing: git's {@code user.name} (what teammates know them by), else the operating-system user. */
public final class Author {
    private Author() {
    }

    public static String current() {
        try {
            Process git = ChildProcesses.start(new ProcessBuilder("git", "config", "--get", "user.name").redirectErrorStream(true));
            git.getOutputStream().close();
            CompletableFuture<byte[]> output = ProcessOutput.collect(git.getInputStream(), "git-user-name");
            if (ProcessOutput.exitedWithin(git, 5) && git.exitValue() == 0) {
                String name = new String(output.join(), StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException | CompletionException e) {
            // no git on this machine: the OS user is the best name we have
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.getProperty("user.name");
    }
}
