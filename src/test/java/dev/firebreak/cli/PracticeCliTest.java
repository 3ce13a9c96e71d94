package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.Numbers;
import dev.firebreak.practice.SampleShop;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak practice} as separate processes, the way a user without a window runs it. */
class PracticeCliTest {
    @TempDir
    Path tmp;

    @Test
    void startRunsInTheForegroundUntilStopAndResetStartsAfresh() throws Exception {
        Path log = tmp.resolve("start.log");
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of("practice", "start"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment());
        Process start = builder.start();
        try {
            long deadline = System.currentTimeMillis() + 180_000;
            while (start.isAlive() && !Files.readString(log).contains("runs until you press Ctrl-C")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("Practice mode is ready", "1,247 customers", "psql -h localhost -p ",
                    tmp.resolve("home/practice/repo").toString(), "feature/checkout-redesign");

            ProcessResult running = firebreak("practice", "status");
            assertThat(running.stdout()).contains("Practice server: running on localhost:", "1,247 customers in shop",
                    "[ ] 1. Back up the practice database");

            ProcessResult stop = firebreak("practice", "stop");
            assertThat(stop.stdout()).contains("Practice server stopped.");
            assertThat(start.waitFor(60, TimeUnit.SECONDS)).as("start returns once the server stopped").isTrue();
            assertThat(start.exitValue()).isZero();
            assertThat(firebreak("practice", "status").stdout()).contains("Practice server: stopped");
        } finally {
            start.destroy();
        }

        Files.writeString(tmp.resolve("home/practice/repo/scratch.txt"), "left over from the last drill");
        ProcessResult reset = firebreak("practice", "reset");

        assertThat(reset.exitCode()).as(reset.stderr()).isZero();
        assertThat(reset.stdout()).contains("Practice mode reset", Numbers.count(SampleShop.CUSTOMERS) + " customers");
        assertThat(tmp.resolve("home/practice/repo/scratch.txt")).doesNotExist();
        assertThat(firebreak("practice", "status").stdout()).contains("Practice server: stopped");
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, environment(), command);
    }

    private Map<String, String> environment() {
        return Map.of("FIREBREAK_HOME", tmp.resolve("home").toString(), "PATH", System.getenv("PATH"));
    }
}
