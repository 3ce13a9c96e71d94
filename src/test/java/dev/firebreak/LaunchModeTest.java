package dev.firebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both shell launchers pick the console's class path (with JavaFX) through {@code packaging/lib/launch-mode.sh}: it
 * must say "console" for every argument list {@link Main#opensConsole} opens the console for, or the console would
 * start without JavaFX; and "cli" for ordinary commands, which start faster without it.
 */
class LaunchModeTest {
    private static final Path SCRIPT = Path.of("packaging/lib/launch-mode.sh");

    @Test
    void everyArgumentListThatOpensTheConsoleGetsTheConsolesClassPath(@TempDir Path dir) throws Exception {
        String manifest = Files.writeString(dir.resolve("shop-1.firebreak"), "{}").toString();
        String folder = Files.createDirectories(dir.resolve("shop repo")).toString();
        List<List<String>> consoles = List.of(List.of(), List.of(manifest), List.of(folder), List.of("."));
        List<List<String>> commands = List.of(List.of("--version"), List.of("lint", manifest), List.of(folder, "-v"),
                List.of(dir.resolve("gone.firebreak").toString()), List.of(dir.resolve("gone").toString()),
                List.of(Files.writeString(dir.resolve("notes.txt"), "").toString()));

        for (List<String> args : consoles) {
            assertThat(Main.opensConsole(args.toArray(String[]::new))).as("Main on %s", args).isTrue();
            assertThat(mode(args)).as("launch_mode %s", args).isEqualTo("console");
        }
        for (List<String> args : commands) {
            assertThat(Main.opensConsole(args.toArray(String[]::new))).as("Main on %s", args).isFalse();
            assertThat(mode(args)).as("launch_mode %s", args).isEqualTo("cli");
        }
    }

    @Test
    void bothLaunchersTakeTheirDecisionFromTheOneScript() throws IOException {
        for (String launcher : List.of("packaging/bin/firebreak", "packaging/linux/app-image/bin/firebreak")) {
            assertThat(Files.readString(Path.of(launcher))).as(launcher)
                    .contains(". \"$APP_HOME/lib/launch-mode.sh\"", "launch_mode \"$@\"")
                    .doesNotContain("*.firebreak)");
        }
    }

    private static String mode(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", ". \"$0\"; launch_mode \"$@\"", SCRIPT.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
