package dev.firebreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule install} on this Linux machine, into a temp XDG_CONFIG_HOME: as root in a container there is no
 * systemd user manager, so it falls back to the real crontab (when cron is installed, as .ci/run does) and the line
 * it writes makes a real scheduled backup when run the way cron runs it.
 */
class LinuxInstallTest {
    @TempDir
    Path tmp;

    FirebreakHome home;
    Map<String, String> env;

    @BeforeEach
    void machine() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        assumeTrue(SystemdUserTimers.unavailable() != null, "this machine has a systemd user session: not touched by tests");
        home = new FirebreakHome(tmp.resolve("firebreak home"));
        env = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        new ProfileStore(home).save(TestPostgres.profile("shop", ShopDatabase.create()));
    }

    @Test
    void withoutSystemdOrCrontabNothingIsInstalledAndTheMessageSaysWhatToDo() {
        env.put("PATH", tmp.resolve("empty").toString());
        Schedules schedules = schedules();

        assertThatThrownBy(() -> schedules.install(Cadence.daily(), run(StandInLauncher.in(tmp, "bin"), false)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("systemd user sessions are not available here (systemctl --user: ")
                .hasMessageContaining("apt-get install cron")
                .hasMessageEndingWith("Nothing was installed.");
        assertThat(schedules.list()).isEmpty();
        assertThat(tmp.resolve("config")).doesNotExist();
    }

    @Test
    void theCrontabFallbackKeepsOtherLinesAndItsLineMakesAScheduledBackup() throws Exception {
        assumeTrue(onPath("crontab"), "cron is not installed (.ci/run installs it)");
        String before = UserCrontab.read();
        String foreign = "0 6 * * 1-5 /usr/local/bin/report --to team \\% weekly\n";
        try {
            crontab(foreign);
            Schedules schedules = schedules();
            Path launcher = StandInLauncher.in(tmp, "Fire Break 100% ana's");

            String said = schedules.install(Cadence.parse("6h", "02:30"), run(launcher, true));

            String line = CronTable.line(Cadence.parse("6h", "02:30"), run(launcher, true));
            assertThat(said).startsWith("Added to your crontab").contains(line);
            assertThat(UserCrontab.read()).isEqualTo(foreign + line + "\n");
            assertThat(tmp.resolve("config")).as("no systemd units without a user manager").doesNotExist();
            Schedule saved = schedules.list().get(0);
            assertThat(saved).isEqualTo(new Schedule("shop", "6h", "02:30", true, true, "cron"));
            assertThat(schedules.systemEntry(saved)).isEqualTo("your crontab (crontab -l)");

            ProcessResult ran = runAsCronWould(line);
            assertThat(ran.exitCode()).as(ran.output()).isZero();
            List<BackupManifest> made = LocalBackupStore.in(home).list("shop");
            assertThat(made).singleElement().satisfies(backup -> assertThat(backup.label()).isEqualTo(BackupLabel.SCHEDULED));
            assertThat(ran.stdout()).contains(made.get(0).id()).contains("Deleted 0 backups");

            assertThat(schedules.remove("shop")).contains("the other lines are unchanged");
            assertThat(UserCrontab.read()).isEqualTo(foreign);
            assertThat(schedules.list()).isEmpty();
        } finally {
            crontab(before);
        }
    }

    /** cron: the five time fields off, \% back to %, the rest to /bin/sh -c with cron's sparse environment. */
    private ProcessResult runAsCronWould(String line) {
        String command = line.split(" ", 6)[5].replace("\\%", "%");
        return ProcessResult.run(tmp, Map.of(), List.of("/usr/bin/env", "-i", "HOME=" + tmp, "LOGNAME=root",
                "PATH=/usr/bin:/bin", "SHELL=/bin/sh", "/bin/sh", "-c", command));
    }

    private Schedules schedules() {
        return new Schedules(new ScheduleStore(home), new SystemSchedulers(home, env, "Linux"));
    }

    private ScheduledRun run(Path launcher, boolean prune) {
        System.setProperty(ScheduledRun.LAUNCHER_PROPERTY, launcher.toString());
        try {
            return ScheduledRun.of(home, "shop", prune, env);
        } finally {
            System.clearProperty(ScheduledRun.LAUNCHER_PROPERTY);
        }
    }

    private static void crontab(String table) {
        SystemCommand.of("crontab", table.isEmpty() ? "-r" : "-").require(table, "Writing the crontab");
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
