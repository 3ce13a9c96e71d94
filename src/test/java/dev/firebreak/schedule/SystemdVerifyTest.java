package dev.firebreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.firebreak.testing.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** systemd's own parser (systemd-analyze verify) reads the generated units and finds the launcher at an awkward path. */
class SystemdVerifyTest {
    @TempDir
    Path tmp;

    @Test
    void systemdParsesTheUnitsAndFindsTheLauncherBehindSpacesAndPercent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed");
        Path launcher = StandInLauncher.in(tmp, "Fire Break 100%");
        ScheduledRun run = new ScheduledRun(launcher, "shop", true, Map.of("FIREBREAK_HOME", tmp + "/home 100%"));

        ProcessResult verified = verify(run);
        assertThat(verified.exitCode()).as(verified.output()).isZero();

        ScheduledRun elsewhere = new ScheduledRun(launcher.resolveSibling("missing firebreak"), "shop", false, Map.of());
        ProcessResult missing = verify(elsewhere);
        assertThat(missing.exitCode()).as("the check really looks at the launcher's path").isNotZero();
        assertThat(missing.output()).contains("missing firebreak");
    }

    @Test
    void aLauncherPathWithAQuoteWhichSystemdRefusesIsStartedThroughSh() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is not installed");
        ScheduledRun run = new ScheduledRun(StandInLauncher.in(tmp, "ana's \\ tools"), "shop", false, Map.of());

        assertThat(SystemdUnits.service(run)).contains("ExecStart=/bin/sh -c \"exec \\\"$$0\\\" \\\"$$@\\\"\" \""
                + tmp + "/ana's \\\\ tools/bin/firebreak\" backup --profile shop --label scheduled\n");
        ProcessResult verified = verify(run);
        assertThat(verified.exitCode()).as(verified.output()).isZero();
    }

    private ProcessResult verify(ScheduledRun run) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "units");
        Path service = Files.writeString(dir.resolve(SystemdUnits.unitName("shop") + ".service"), SystemdUnits.service(run));
        Path timer = Files.writeString(dir.resolve(SystemdUnits.unitName("shop") + ".timer"),
                SystemdUnits.timer("shop", Cadence.parse("6h", "02:30")));
        return ProcessResult.run(tmp, Map.of(), List.of("systemd-analyze", "verify", service.toString(), timer.toString()));
    }
}
