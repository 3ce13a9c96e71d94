package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real CLI as child JVMs over one temp {@code FIREBREAK_HOME} and a 0600 {@code PGPASSFILE}, as a user runs it. */
final class FirebreakProcesses {
    private static final String PAUSED = "firebreak-test: paused at ";

    private final Path dir;
    private final Map<String, String> environment;

    FirebreakProcesses(Path dir) {
        this.dir = dir;
        this.environment = new HashMap<>(TestPostgres.pgpassEnvironment(dir, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", home().toString());
    }

    Path home() {
        return dir.resolve("home");
    }

    /** What the CLI runs with: {@code FIREBREAK_HOME} and {@code PGPASSFILE}. */
    Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    ProcessResult run(String... args) {
        return runWithInput("", args);
    }

    ProcessResult runWithInput(String input, String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(dir, environment, command, input);
    }

    /** Adds profile {@code name} for {@code database} on the test server. */
    void addProfile(String name, String database) {
        ProcessResult added = run("profile", "add", name, "--db", TestPostgres.url(TestPostgres.server().getPort(), database));
        assertThat(added.exitCode()).as(added.stderr()).isZero();
    }

    /** Starts the CLI with no input, its output thrown away, and returns it running. */
    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /**
     * Starts the CLI stopped at the test-only pause point {@code step} (see TestPausePoint) and returns it once it is
     * waiting there; {@link Paused#resume} lets it go on, {@link Paused#kill} is kill -9.
     */
    Paused startPausedAt(String step, String... args) throws IOException {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.add(1, "-Dfirebreak.test.pauseAt=" + step);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuffer stdout = new StringBuffer();
        CompletableFuture.runAsync(() -> copy(process.getInputStream(), stdout, null));
        CompletableFuture<Void> paused = new CompletableFuture<>();
        StringBuffer stderr = new StringBuffer();
        CompletableFuture.runAsync(() -> copy(process.getErrorStream(), stderr, paused));
        try {
            paused.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("never paused at " + step + ": " + stderr, e);
        }
        return new Paused(process, stdout, stderr);
    }

    private static void copy(java.io.InputStream stream, StringBuffer into, CompletableFuture<Void> paused) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                into.append(line).append('\n');
                if (paused != null && line.startsWith(PAUSED)) {
                    paused.complete(null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (paused != null) {
                paused.completeExceptionally(new IllegalStateException("exited"));
            }
        }
    }

    /** A CLI process waiting at a pause point. */
    record Paused(Process process, StringBuffer stdout, StringBuffer stderr) {
        /** SIGKILL, through the handle (destroyForcibly on the Process also closes our pipe ends). */
        void kill() throws InterruptedException {
            process.toHandle().destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }

        /** Lets it go on and waits for its exit code. */
        int resume() throws IOException, InterruptedException {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(stderr.toString()).isTrue();
            Thread.sleep(100); // the readers see the last lines
            return process.exitValue();
        }
    }
}
