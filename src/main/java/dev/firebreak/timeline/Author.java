package dev.firebreak.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Who is writing: git's {@code user.name} (what teammates know them by), else the operating-system user. */
public final class Author {
    private Author() {
    }

    public static String current() {
        try {
            Process git = new ProcessBuilder("git", "config", "--get", "user.name").redirectErrorStream(true).start();
            git.getOutputStream().close();
            String name = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && !name.isEmpty()) {
                return name;
            }
        } catch (IOException e) {
            // no git on this machine: the OS user is the best name we have
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.getProperty("user.name");
    }
}
