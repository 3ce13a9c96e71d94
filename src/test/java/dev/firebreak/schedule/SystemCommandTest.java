package dev.firebreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A system tool that never exits (a real {@code sleep 600}) (issue 13, finding 9): the timeout fires and the tool is
 * stopped. Before, stdout was read to its end and the exit awaited without a limit, so it hung for ten minutes.
 */
class SystemCommandTest {
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aToolThatNeverExitsIsStoppedAtTheTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> new SystemCommand(List.of("sleep", "600"), Duration.ofSeconds(1)).run())
                .isInstanceOf(UserFacingException.class).hasMessageContaining("sleep 600 did not finish within 1 s and was stopped");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aQuickToolGivesItsOutput() {
        SystemCommand.Result result = SystemCommand.of("echo", "hello").run();
        assertThat(result.ok()).isTrue();
        assertThat(result.stdout()).isEqualTo("hello\n");
    }
}
