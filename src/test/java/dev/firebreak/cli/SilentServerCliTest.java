package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.SilentServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that accepts TCP and never answers (issue 13, finding 6): {@code firebreak backup} must end within the
 * answer timeout with exit 1 and a plain message, and SIGTERM must end it at once. Before the fix it hung forever.
 */
class SilentServerCliTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBackupAgainstASilentServerEndsAfterTheAnswerTimeoutWithExitOne() throws Exception {
        try (SilentServer server = new SilentServer()) {
            long started = System.nanoTime();
            Process backup = firebreak(2, "backup", "--db", "postgresql://ana@127.0.0.1:" + server.port() + "/shop?sslmode=disable");
            String stderr;
            try {
                stderr = new String(backup.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(backup.waitFor()).as(stderr).isEqualTo(Cli.FAILED);
            } finally {
                backup.destroyForcibly();
            }

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            assertThat(stderr).contains("The server at 127.0.0.1:" + server.port() + " accepted the connection but did not "
                    + "answer within 2 s — nothing was changed; check that it is PostgreSQL and not overloaded")
                    .doesNotContain("PSQLException", "org.postgresql", "Exception");
            assertThat(tmp.resolve("home/backups")).satisfiesAnyOf(
                    dir -> assertThat(dir).doesNotExist(), dir -> assertThat(Files.list(dir)).isEmpty());
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void sigtermEndsABackupThatWaitsForASilentServerWithinFiveSeconds() throws Exception {
        try (SilentServer server = new SilentServer()) {
            Process backup = firebreak(45, "backup", "--db", "postgresql://ana@127.0.0.1:" + server.port() + "/shop?sslmode=disable");
            server.awaitConnection();
            Thread.sleep(500);

            long signalled = System.nanoTime();
            backup.destroy(); // SIGTERM
            boolean ended = backup.waitFor(20, TimeUnit.SECONDS);
            backup.destroyForcibly();

            assertThat(ended).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private Process firebreak(int answerTimeoutSeconds, String... args) throws IOException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"connectTimeoutSeconds\": 2, \"answerTimeoutSeconds\": "
                + answerTimeoutSeconds + "}");
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("FIREBREAK_HOME", home.toString());
        builder.environment().remove("PGPASSWORD");
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
