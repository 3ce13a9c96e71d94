package dev.firebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook and CI run the CLI thousands of times: it must start without loading a single JavaFX class. */
class CliWithoutJavaFxTest {
    @Test
    void cliPathNeverLoadsJavaFx(@TempDir Path home) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version"));
        builder.environment().put("FIREBREAK_HOME", home.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(output).contains("firebreak ").contains("dev.firebreak.cli.Cli ");
        assertThat(output).doesNotContain("javafx.").doesNotContain("dev.firebreak.ui.");
    }
}
