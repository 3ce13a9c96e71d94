package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, finding 1: undo-restore swaps back only what a replace restore recorded, after the name is typed. */
class UndoRestoreCliTest {
    @TempDir
    Path tmp;

    FirebreakProcesses firebreak;
    String shop;
    String bench;

    @BeforeEach
    void shopBenchAndProfile() {
        firebreak = new FirebreakProcesses(tmp);
        shop = ShopDatabase.create();
        bench = TestPostgres.newDatabase("bench");
        TestPostgres.superuser(bench, "CREATE TABLE accounts AS SELECT i FROM generate_series(1, 8000) i");
        firebreak.addProfile("shop", shop);
    }

    @Test
    void anUnrelatedDatabaseIsNeverSwappedInWithoutARestore() {
        ProcessResult undo = firebreak.run("undo-restore", "--kept=" + bench, "--profile=shop");

        assertThat(undo.exitCode()).as(undo.stderr()).isEqualTo(Cli.USAGE);
        assertThat(undo.stderr()).contains("not swapped in", "There is no restore of '" + shop + "' to undo");
        assertThat(ShopDatabase.customers(shop)).as("shop still holds the shop").isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(TestPostgres.count(bench, "SELECT count(*) FROM accounts")).isEqualTo(8000);
    }

    @Test
    void afterARestoreOnlyTheKeptDatabaseIsOfferedAndTheNameMustBeTyped() {
        assertThat(firebreak.run("backup", "--profile", "shop").exitCode()).isZero();
        TestPostgres.superuser(shop, "SET ROLE " + TestPostgres.USER, ShopDatabase.BAD_MIGRATION);
        ProcessResult restore = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "replace", "--yes");
        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        String kept = restore.stdout().replaceFirst("(?s).*previous database kept as (\\S+),.*", "$1");

        ProcessResult unrelated = firebreak.run("undo-restore", "--kept=" + bench, "--profile=shop", "--yes");
        assertThat(unrelated.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(unrelated.stderr()).contains("not swapped in", "can be undone", "--kept " + kept);
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);

        ProcessResult notTyped = firebreak.runWithInput("bench\n", "undo-restore", "--profile=shop");
        assertThat(notTyped.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(notTyped.stderr()).contains("Type the database name", "nothing was changed");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);

        ProcessResult undone = firebreak.runWithInput(shop + "\n", "undo-restore", "--profile=shop");
        assertThat(undone.exitCode()).as(undone.stderr()).isZero();
        assertThat(ShopDatabase.customers(shop)).as("the broken database is back").isZero();
        assertThat(TestPostgres.exists(kept)).isFalse();

        ProcessResult again = firebreak.run("undo-restore", "--kept=" + kept, "--profile=shop", "--yes");
        assertThat(again.exitCode()).as("an undone restore is not undone twice").isEqualTo(Cli.USAGE);
    }
}
