package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, finding 12: restoring as a new database never fails on a name clash, and --name picks the name. */
class RestoreAsNewCliTest {
    @TempDir
    Path tmp;

    @Test
    void twiceInARowBothSucceedAndNameTakesAnyNameButNeverAnExistingDatabase() {
        FirebreakProcesses firebreak = new FirebreakProcesses(tmp);
        String shop = ShopDatabase.create();
        firebreak.addProfile("shop", shop);
        assertThat(firebreak.run("backup", "--profile", "shop").exitCode()).isZero();

        ProcessResult first = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "new");
        ProcessResult second = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "new");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(restoredInto(first)).isNotEqualTo(restoredInto(second));
        assertThat(ShopDatabase.orders(restoredInto(second))).isEqualTo(ShopDatabase.ORDERS);

        String odd = "shop \"copy\"; DROP DATABASE " + shop;
        ProcessResult named = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "new", "--name", odd);
        assertThat(named.exitCode()).as(named.stderr()).isZero();
        assertThat(TestPostgres.count("postgres", "SELECT count(*) FROM pg_database WHERE datname = '"
                + odd.replace("'", "''") + "'")).as("the name was quoted, not run").isEqualTo(1);

        ProcessResult taken = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "new", "--name", shop);
        assertThat(taken.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(taken.stderr()).contains("exists already", "No database was touched");
        ProcessResult tooLong = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "new", "--name", "x".repeat(64));
        assertThat(tooLong.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(tooLong.stderr()).contains("at most 63");
        ProcessResult replace = firebreak.run("restore", "--latest", "--profile", "shop", "--mode", "replace", "--name", "x");
        assertThat(replace.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(replace.stderr()).contains("--name goes with --mode new");
        assertThat(ShopDatabase.customers(shop)).isEqualTo(ShopDatabase.CUSTOMERS);
    }

    private static String restoredInto(ProcessResult restore) {
        return restore.stdout().replaceFirst("(?s).*new database (\\S+) .*", "$1");
    }
}
