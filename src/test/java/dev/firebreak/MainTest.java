package dev.firebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract: nothing, one existing manifest file or one existing folder opens the console, everything else is the CLI's. */
class MainTest {
    @Test
    void onlyNoArgumentOrOneExistingManifestFileOrFolderOpensTheConsole(@TempDir Path dir) throws Exception {
        String manifest = Files.writeString(dir.resolve("shop-1.firebreak"), "{}").toString();

        assertThat(Main.opensConsole(new String[0])).isTrue();
        assertThat(Main.opensConsole(new String[] {manifest})).isTrue();
        assertThat(Main.opensConsole(new String[] {dir.resolve("gone.firebreak").toString()})).isFalse();
        assertThat(Main.opensConsole(new String[] {dir.toString()})).isTrue();
        assertThat(Main.opensConsole(new String[] {dir.resolve("gone").toString()})).isFalse();
        assertThat(Main.opensConsole(new String[] {dir.toString(), "--verbose"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"lint", manifest})).isFalse();
        assertThat(Main.opensConsole(new String[] {"--version"})).isFalse();
    }
}
