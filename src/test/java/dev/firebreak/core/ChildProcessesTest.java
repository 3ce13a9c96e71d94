package dev.firebreak.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * kill -9 of a JVM whose child writes nothing (issue 13, finding 5: pg_dump in one big table, pg_restore building an
 * index): the child ends within 5 s. Started with a plain ProcessBuilder it ran on under PID 1 for its whole life.
 */
@EnabledOnOs(OS.LINUX)
class ChildProcessesTest {
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSilentChildDiesWithinFiveSecondsOfAKillNineOfItsJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ChildStarter.class.getName())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Optional<ProcessHandle> child = Optional.empty();
        try {
            long pid = Long.parseLong(new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().strip());
            child = ProcessHandle.of(pid);
            assertThat(child).as("sleep 600 runs").isPresent();

            jvm.destroyForcibly().waitFor(); // SIGKILL

            long deadline = System.currentTimeMillis() + 5_000;
            while (child.get().isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(child.get().isAlive()).as("the child outlived its killed JVM by 5 s").isFalse();
        } finally {
            jvm.destroyForcibly();
            child.ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
