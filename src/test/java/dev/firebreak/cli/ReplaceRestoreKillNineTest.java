package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, finding 4: a replace restore killed with SIGKILL at each of its steps (a real CLI process stopped at a
 * test-only pause point, then killed) leaves the live name holding either the broken database or the restored one,
 * never nothing; the row counts show which, and Undo works afterwards.
 */
class ReplaceRestoreKillNineTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"after-safety-backup, false", "before-swap, false", "mid-swap, false", "after-swap, true"})
    void theLiveNameAlwaysHoldsTheOldOrTheRestoredDatabaseAndUndoWorks(String step, boolean restored) throws Exception {
        FirebreakProcesses firebreak = new FirebreakProcesses(tmp);
        String shop = ShopDatabase.create();
        firebreak.addProfile("shop", shop);
        assertThat(firebreak.run("backup", "--profile", "shop").exitCode()).isZero();
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);

        firebreak.startPausedAt(step, "restore", "--latest", "--profile", "shop", "--mode", "replace", "--yes").kill();

        assertThat(TestPostgres.exists(shop)).as("the live name is never left empty").isTrue();
        assertThat(ShopDatabase.customers(shop)).as(restored ? "the swap had committed" : "the swap never happened")
                .isEqualTo(restored ? ShopDatabase.CUSTOMERS : 0);
        ProcessResult undo = firebreak.run("undo-restore", "--profile", "shop", "--yes");
        if (restored) {
            assertThat(undo.exitCode()).as(undo.stderr()).isZero();
            assertThat(ShopDatabase.customers(shop)).as("Undo put the broken database back").isZero();
        } else {
            assertThat(undo.exitCode()).as("nothing was swapped, so there is nothing to undo").isEqualTo(Cli.FAILED);
            assertThat(undo.stderr()).contains("There is no replace restore of '" + shop + "' to undo");
            assertThat(ShopDatabase.customers(shop)).isZero();
        }
        ProcessResult again = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "replace", "--yes");
        assertThat(again.exitCode()).as("a later restore is not blocked by what the killed one left: " + again.stderr()).isZero();
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
    }
}
