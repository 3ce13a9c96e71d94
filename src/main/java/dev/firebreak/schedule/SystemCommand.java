package dev.firebreak.schedule;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a system tool (systemctl, crontab, launchctl, schtasks) from an argument list, never through a shell. */
record SystemCommand(List<String> command) {
    static SystemCommand of(String... command) {
        return new SystemCommand(List.of(command));
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
            Process process = new ProcessBuilder(command).start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            return new Result(process.waitFor(), stdout, stderr.join());
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

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
