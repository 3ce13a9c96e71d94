package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.ShopDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 5: the disk fills up just before the manifest is written (a real 2 MB tmpfs under the store, filled
 * while the CLI waits at a test-only pause point). Needs root (CI runs as root); skipped where tmpfs cannot be mounted.
 */
class BackupDiskFullCliTest {
    @TempDir
    Path tmp;

    Path store;
    boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", store.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFullDiskAtTheManifestWriteKeepsNoArchiveAndSaysSo() throws Exception {
        FirebreakProcesses firebreak = new FirebreakProcesses(tmp);
        store = Files.createDirectories(firebreak.home().resolve("backups"));
        mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", store.toString())
                .inheritIO().start().waitFor() == 0;
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root");
        firebreak.addProfile("shop", ShopDatabase.create());

        FirebreakProcesses.Paused backup = firebreak.startPausedAt("before-manifest", "backup", "--profile", "shop");
        fill(store.resolve("filler"));
        int exit = backup.resume();

        assertThat(exit).as(backup.stderr().toString()).isEqualTo(Cli.FAILED);
        assertThat(backup.stderr().toString()).contains("The disk holding " + store.resolve("shop") + " is full",
                "nothing was kept").doesNotContain("UncheckedIOException", "unexpected error");
        try (Stream<Path> files = Files.list(store.resolve("shop"))) {
            assertThat(files).as("no archive without a manifest").isEmpty();
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e).hasMessageContaining("No space left");
        }
    }
}
