package dev.firebreak.schedule;

import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.ProcessOutput;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a system tool (systemctl, crontab, launchctl, schtasks) from an argument list, never through a shell; one that
 * does not finish within {@code timeout} (a hung user session bus, a prompt nobody sees) is killed and reported.
 */
record SystemCommand(List<String> command, Duration timeout) {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static SystemCommand of(String... command) {
        return new SystemCommand(List.of(command), TIMEOUT);
    }

    record Result(int exit, String stdout, String stderr) {
        boolean ok() {
            return exit == 0;
        }

        /** stderr, else stdout, on one line: what the tool said went wrong. */
        String complaint() {
            return (stderr.isBlank() ? stdout : stderr).strip().replace('\n', ' ');
        }
    }

    Result run() {
        return run(null);
    }

    /** Runs it with {@code input} on stdin (null: none); a missing program is a clear error. */
    Result run(String input) {
        try {
            Process process = ChildProcesses.start(new ProcessBuilder(command));
            CompletableFuture<byte[]> stdout = ProcessOutput.collect(process.getInputStream(), "system-command-stdout");
            CompletableFuture<byte[]> stderr = ProcessOutput.collect(process.getErrorStream(), "system-command-stderr");
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!ProcessOutput.exitedWithin(process, timeout.toSeconds())) {
                throw new UserFacingException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s and was stopped; nothing else was changed. Try it in a terminal to see what it waits for.");
            }
            return new Result(process.exitValue(), text(stdout), text(stderr));
        } catch (IOException e) {
            throw new UserFacingException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Runs it and fails with what the tool said when it exits non-zero. */
    Result require(String input, String what) {
        Result result = run(input);
        if (!result.ok()) {
            throw new UserFacingException(what + " failed: " + String.join(" ", command) + " (exit " + result.exit() + "): "
                    + result.complaint());
        }
        return result;
    }

    private static String text(CompletableFuture<byte[]> output) {
        return new String(output.join(), StandardCharsets.UTF_8);
    }
}
