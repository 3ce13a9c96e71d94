package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a process builds only the command it runs; what the user sees must not change for that. */
class CommandNamesCliTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsEveryCommandAndAMistypedOneGetsSuggestions() {
        ProcessResult help = firebreak("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("check", "backup", "backups", "restore", "verify", "practice");

        ProcessResult typo = firebreak("bakup");
        assertThat(typo.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(typo.stderr()).contains("Did you mean: firebreak backup or firebreak backups?");

        ProcessResult backupHelp = firebreak("backup", "--help");
        assertThat(backupHelp.exitCode()).isZero();
        assertThat(backupHelp.stdout()).startsWith("Usage: firebreak backup ").contains("--format");
    }

    private ProcessResult firebreak(String... args) {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of(args));
        return ProcessResult.run(tmp, Map.of("FIREBREAK_HOME", tmp.resolve("home").toString()), command);
    }
}
