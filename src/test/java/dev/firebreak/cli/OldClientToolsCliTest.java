package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.NewerPostgres;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server newer than this machine's client tools (a real PostgreSQL 18 against the installed pg_dump/pg_restore 15),
 * through the CLI as a separate process: the user is told which versions met and what to install, exit 2, and
 * nothing is made.
 */
class OldClientToolsCliTest {
    @TempDir
    Path tmp;

    FirebreakProcesses firebreak;

    @BeforeEach
    void home() {
        firebreak = new FirebreakProcesses(tmp);
    }

    @Test
    void aBackupOfANewerServerNamesBothVersionsAndWhatToInstallAndKeepsNothing() throws IOException {
        List<String> pgDumps = NewerPostgres.assumeOnlyOlder("pg_dump", firebreak.environment());

        ProcessResult backup = firebreak.run("backup", "--db", NewerPostgres.url());

        assertThat(backup.exitCode()).as(backup.stderr()).isEqualTo(Cli.USAGE);
        int major = NewerPostgres.major();
        assertThat(backup.stderr()).contains("Need pg_dump " + major + " or newer because the server of '"
                        + NewerPostgres.DATABASE + "' is PostgreSQL " + NewerPostgres.version()
                        + ", but only pg_dump " + pgDumps + " was found. Nothing was changed.",
                "apt-get install postgresql-client-" + major + " (Debian/Ubuntu)");
        assertThat(firebreak.run("backups", "list", "--format", "json").stdout().trim()).isEqualTo("[ ]");
        assertThat(filesUnder(firebreak.home().resolve("backups"))).as("no partial archive left").isEmpty();
    }

    @Test
    void aRestoreIntoANewerServerIsRefusedBeforeADatabaseIsCreated() {
        List<String> pgRestores = NewerPostgres.assumeOnlyOlder("pg_restore", firebreak.environment());
        String shop = ShopDatabase.create();
        ProcessResult backup = firebreak.run("backup", "--db", TestPostgres.url(TestPostgres.server().getPort(), shop));
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        List<String> before = NewerPostgres.databases();

        ProcessResult restore = firebreak.run("restore", backup.stdout().trim(), "--db", NewerPostgres.url(), "--mode", "new");

        assertThat(restore.exitCode()).as(restore.stderr()).isEqualTo(Cli.USAGE);
        int major = NewerPostgres.major();
        assertThat(restore.stderr()).contains("Need pg_restore " + major + " or newer because the server is PostgreSQL "
                + major + ", but only pg_restore " + pgRestores + " was found", "apt-get install postgresql-client-" + major);
        assertThat(NewerPostgres.databases()).isEqualTo(before);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
