package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore_command as the server runs it: %f and %p expanded, then {@code /bin/sh -c}. */
class RecoverySettingsTest {
    @TempDir
    Path tmp;

    @Test
    void aWalFolderWithSpacesQuotesPercentAndCommandSubstitutionStaysOneArgument() throws Exception {
        Path wal = Files.createDirectories(tmp.resolve("it's 100% $(touch injected) `touch too`"));
        Files.writeString(wal.resolve("000000010000000000000003"), "segment");
        Files.createDirectories(tmp.resolve("data/pg_wal"));
        String command = RecoverySettings.restoreCommand(wal)
                .replace("%%", "\u0000").replace("%f", "000000010000000000000003").replace("%p", "pg_wal/RECOVERYXLOG")
                .replace("\u0000", "%"); // what the server substitutes

        Process shell = new ProcessBuilder("/bin/sh", "-c", command).directory(tmp.resolve("data").toFile())
                .redirectErrorStream(true).start();
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(shell.exitValue()).as(new String(shell.getInputStream().readAllBytes())).isZero();
        assertThat(tmp.resolve("data/pg_wal/RECOVERYXLOG")).hasContent("segment");
        try (var made = Files.list(tmp.resolve("data"))) {
            assertThat(made.map(path -> path.getFileName().toString())).containsExactly("pg_wal");
        }
        assertThat(RecoverySettings.lines(wal, List.of("recovery_target_xid = '7'", "recovery_target_action = 'pause'")))
                .containsExactly("restore_command = " + RecoverySettings.configString(RecoverySettings.restoreCommand(wal)),
                        "recovery_target_xid = '7'", "recovery_target_action = 'promote'");
        assertThat(RecoverySettings.configString("cp 'a'\\''b'")).isEqualTo("'cp ''a''\\\\''''b'''");
    }
}
