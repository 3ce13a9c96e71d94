package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.Numbers;
import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ProcessScan;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 5: kill -9 of a test restore (verify) left its 1-million-row scratch database on the server, and
 * no command mentioned it. Now {@code prune --dry-run --profile} lists it with its size, {@code prune} drops it, and
 * the scratch copy of a replace restore that is still running (stopped before its swap) is neither listed nor dropped.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ScratchDatabaseKillNineCliTest {
    private static final long ROWS = 1_000_000;

    @TempDir
    Path tmp;

    @Test
    void aKilledVerifysScratchDatabaseIsListedAndDroppedButARunningRestoresIsNot() throws Exception {
        FirebreakProcesses firebreak = new FirebreakProcesses(tmp);
        String big = KillNineChildrenCliTest.bigDatabase();
        firebreak.addProfile("big", big);
        ProcessResult backup = firebreak.run("backup", "--profile", "big");
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();

        String killedVerify = killWhileRestoringIntoScratch(firebreak, backup.stdout().trim(), big + "_fbverify_");
        FirebreakProcesses.Paused restore = firebreak.startPausedAt("before-swap",
                "restore", "--latest", "--profile", "big", "--mode", "replace", "--yes");
        try {
            String running = scratchDatabases(big + "_fbrestoring_").get(0);
            String size = Numbers.bytes(TestPostgres.count("postgres",
                    "SELECT pg_database_size(datname) FROM pg_database WHERE datname = '" + killedVerify + "'"));

            ProcessResult dryRun = firebreak.run("prune", "--dry-run", "--profile", "big");
            assertThat(dryRun.exitCode()).as(dryRun.stderr()).isZero();
            assertThat(dryRun.stdout()).containsPattern("drop +" + killedVerify + " +" + java.util.regex.Pattern.quote(size)
                            + " +the scratch database of a test restore \\(verify\\) that was interrupted")
                    .contains("and drop 1 scratch database (" + size + "); nothing was deleted.")
                    .doesNotContain(running);
            assertThat(TestPostgres.exists(killedVerify)).isTrue();

            ProcessResult pruned = firebreak.run("prune", "--profile", "big");
            assertThat(pruned.exitCode()).as(pruned.stderr()).isZero();
            assertThat(pruned.stdout()).contains("Dropped 1 scratch database, freed " + size + ".").doesNotContain(running);
            assertThat(TestPostgres.exists(killedVerify)).isFalse();
            assertThat(TestPostgres.exists(running)).as("the running restore's copy").isTrue();
            assertThat(TestPostgres.count(big, "SELECT count(*) FROM events")).as("the live database").isEqualTo(ROWS);

            assertThat(restore.resume()).as(restore.stderr().toString()).isZero();
            assertThat(TestPostgres.exists(running)).as("swapped in under the live name").isFalse();
            assertThat(TestPostgres.count(big, "SELECT count(*) FROM events")).isEqualTo(ROWS);
            assertThat(firebreak.run("prune", "--dry-run", "--profile", "big").stdout()).doesNotContain("scratch");
        } finally {
            restore.process().destroyForcibly();
        }
    }

    /** Starts {@code verify}, kills it (SIGKILL) while pg_restore fills its scratch database; returns that database. */
    private String killWhileRestoringIntoScratch(FirebreakProcesses firebreak, String backupId, String prefix)
            throws Exception {
        List<String> command = new ArrayList<>(Launchers.testClasspath());
        command.addAll(List.of("verify", backupId));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        builder.environment().put("FIREBREAK_HOME", firebreak.home().toString());
        Process verify = builder.start();
        try {
            for (long deadline = System.currentTimeMillis() + 60_000; ProcessScan.running("pg_restore", prefix).isEmpty(); ) {
                assertThat(verify.isAlive()).as("verify ended before pg_restore started").isTrue();
                assertThat(System.currentTimeMillis()).as("pg_restore never started").isLessThan(deadline);
                Thread.sleep(10);
            }
            verify.toHandle().destroyForcibly();
            verify.waitFor();
        } finally {
            verify.destroyForcibly();
        }
        String scratch = scratchDatabases(prefix).get(0);
        for (long deadline = System.currentTimeMillis() + 10_000; sessions(scratch) > 0; ) {
            assertThat(System.currentTimeMillis()).as("pg_restore's session never ended").isLessThan(deadline);
            Thread.sleep(50);
        }
        return scratch;
    }

    private static List<String> scratchDatabases(String prefix) throws SQLException {
        try (Connection connection = TestPostgres.server().getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
            query.setString(1, prefix);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            assertThat(names).as("scratch databases named " + prefix + "…").hasSize(1);
            return names;
        }
    }

    private static long sessions(String database) {
        return TestPostgres.count("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }
}
