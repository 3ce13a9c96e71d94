package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 5: kill -9 between the archive and its manifest leaves a visible archive no catalog lists. The next
 * run reports it (backups list, prune --dry-run) and prune removes it; while the backup is still alive it is not touched.
 */
class InterruptedBackupCliTest {
    @TempDir
    Path tmp;

    @Test
    void whatAKilledBackupLeftIsReportedAndPrunedButNeverWhileItRuns() throws Exception {
        FirebreakProcesses firebreak = new FirebreakProcesses(tmp);
        firebreak.addProfile("shop", ShopDatabase.create());
        Path shop = firebreak.home().resolve("backups/shop");

        FirebreakProcesses.Paused backup = firebreak.startPausedAt("before-manifest", "backup", "--profile", "shop");
        ProcessResult whileAlive = firebreak.run("prune", "--profile", "shop");
        assertThat(whileAlive.stdout()).as(whileAlive.stderr()).contains("nothing to prune").doesNotContain("remove");
        backup.kill();

        ProcessResult listed = firebreak.run("backups", "list", "--profile", "shop");
        assertThat(listed.stdout()).contains("No backups of profile shop yet",
                "2 leftovers of interrupted backups", "firebreak prune removes them");
        ProcessResult dryRun = firebreak.run("prune", "--dry-run", "--profile", "shop");
        assertThat(dryRun.stdout()).contains(".dump", "an archive without its manifest", "the lock of a backup whose process ended",
                "would delete 0 backups", "and remove 2 leftovers of interrupted backups", "nothing was deleted");
        assertThat(files(shop)).hasSize(2);

        ProcessResult pruned = firebreak.run("prune", "--profile", "shop");
        assertThat(pruned.exitCode()).as(pruned.stderr()).isZero();
        assertThat(pruned.stdout()).contains("Removed 2 leftovers of interrupted backups");
        assertThat(files(shop)).isEmpty();
        assertThat(firebreak.run("backups", "list", "--profile", "shop").stdout()).doesNotContain("leftover");
    }

    private static Stream<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        }
    }
}
