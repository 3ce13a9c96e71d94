package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.core.FirebreakHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule commands' answers that come before anything is installed (installs: LinuxInstallTest). */
class ScheduleCommandTest {
    @TempDir
    Path tmp;

    @Test
    void statusWithoutSchedulesSaysHowToInstallOne() {
        Run status = run("schedule", "status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).isEqualTo("No scheduled backups. Install one: firebreak schedule install --profile NAME "
                + "[--every daily]\n");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() {
        new ProfileStore(new FirebreakHome(tmp)).save(new ConnectionProfile("shop", "localhost", 5432, "shop", "app", null));

        assertThat(run("schedule", "install", "--profile", "nope").err())
                .contains("No connection profile named 'nope'");
        Run badInterval = run("schedule", "install", "--profile", "shop", "--every", "5h");
        assertThat(badInterval.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(badInterval.err()).contains("Cannot run every 5 hours");
        assertThat(run("schedule", "install", "--profile", "shop", "--at", "2am").err()).contains("use HH:MM");
        Run noLauncher = run("schedule", "install", "--profile", "shop");
        assertThat(noLauncher.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(noLauncher.err()).contains("start this command through the installed launcher");
        assertThat(run("schedule", "remove", "--profile", "shop").err()).contains("No schedule for profile 'shop'");
        assertThat(tmp.resolve("schedules.json")).doesNotExist();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new FirebreakHome(tmp)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {
    }
}
