package dev.firebreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text each system scheduler gets, for a launcher whose path needs quoting everywhere. */
class GeneratedEntriesTest {
    static final Path LAUNCHER = Path.of("/opt/Fire Break 100%/bin/firebreak");
    static final ScheduledRun RUN = new ScheduledRun(LAUNCHER, "shop", true,
            Map.of("FIREBREAK_HOME", "/home/ana/it's $HOME", "JAVA_HOME", "/usr/lib/jvm/java-17"));
    static final Cadence SIX_HOURLY = Cadence.parse("6h", "02:30");

    @Test
    void systemdServiceRunsTheLauncherThenPruneWithSystemdQuoting() {
        assertThat(SystemdUnits.service(RUN)).isEqualTo("""
                # Written by firebreak schedule install; remove with: firebreak schedule remove --profile shop
                [Unit]
                Description=Firebreak scheduled backup of shop

                [Service]
                Type=oneshot
                Environment="FIREBREAK_HOME=/home/ana/it's $HOME"
                Environment=JAVA_HOME=/usr/lib/jvm/java-17
                ExecStart="/opt/Fire Break 100%%/bin/firebreak" backup --profile shop --label scheduled
                ExecStart="/opt/Fire Break 100%%/bin/firebreak" prune --profile shop
                """);
    }

    @Test
    void systemdTimerIsPersistentSoAMissedRunHappensAtBoot() {
        assertThat(SystemdUnits.timer("shop", SIX_HOURLY)).isEqualTo("""
                # Written by firebreak schedule install; remove with: firebreak schedule remove --profile shop
                [Unit]
                Description=Firebreak backup of shop, every 6 h at 02:30, 08:30, 14:30, 20:30

                [Timer]
                OnCalendar=*-*-* 02,08,14,20:30:00
                Persistent=true

                [Install]
                WantedBy=timers.target
                """);
        assertThat(SystemdUnits.onCalendar(Cadence.parse("daily", "02:00"))).isEqualTo("*-*-* 02:00:00");
        assertThat(SystemdUnits.onCalendar(Cadence.parse("hourly", "00:15"))).startsWith("*-*-* 00,01,02,").endsWith(",23:15:00");
    }

    @Test
    void systemdEscapesDollarsAndQuotesAndHandsAPathItRefusesToSh() {
        ScheduledRun odd = new ScheduledRun(Path.of("/home/a \"b\" $c\\d/firebreak"), "shop", false, Map.of());
        assertThat(SystemdUnits.service(odd)).contains("ExecStart=/bin/sh -c \"exec \\\"$$0\\\" \\\"$$@\\\"\" "
                + "\"/home/a \\\"b\\\" $$c\\\\d/firebreak\" backup --profile shop --label scheduled\n");
    }

    @Test
    void cronLineQuotesForShEscapesPercentAndIsMarkedWithTheProfile() {
        assertThat(CronTable.line(SIX_HOURLY, RUN)).isEqualTo("30 2,8,14,20 * * * export "
                + "FIREBREAK_HOME='/home/ana/it'\\''s $HOME' JAVA_HOME=/usr/lib/jvm/java-17; "
                + "'/opt/Fire Break 100\\%/bin/firebreak' backup --profile shop --label scheduled && "
                + "'/opt/Fire Break 100\\%/bin/firebreak' prune --profile shop # firebreak-schedule:shop");
    }

    @Test
    void crontabMergeReplacesOnlyTheProfilesLineAndRemoveKeepsEveryOtherLine() {
        String mine = """
                MAILTO=ana@example.com
                # nightly report
                0 6 * * 1-5 /usr/local/bin/report --to team % weekly
                15 3 * * * old firebreak line # firebreak-schedule:shop
                0 4 * * * other profile # firebreak-schedule:shop2
                """;
        String line = CronTable.line(SIX_HOURLY, RUN);

        String merged = CronTable.merge(mine, "shop", line);

        assertThat(merged).isEqualTo("""
                MAILTO=ana@example.com
                # nightly report
                0 6 * * 1-5 /usr/local/bin/report --to team % weekly
                0 4 * * * other profile # firebreak-schedule:shop2
                """ + line + "\n");
        assertThat(CronTable.contains(merged, "shop")).isTrue();
        assertThat(CronTable.remove(merged, "shop")).isEqualTo("""
                MAILTO=ana@example.com
                # nightly report
                0 6 * * 1-5 /usr/local/bin/report --to team % weekly
                0 4 * * * other profile # firebreak-schedule:shop2
                """);
        assertThat(CronTable.merge("", "shop", line)).isEqualTo(line + "\n");
        assertThat(CronTable.remove(line + "\n", "shop")).isEmpty();
    }

    @Test
    void launchdAgentPassesEachArgumentAsItsOwnStringAndChainsPruneWithoutQuotingInput() {
        assertThat(LaunchdAgent.plist(SIX_HOURLY, RUN, Path.of("/Users/ana/fb/logs/schedule-shop.log"))).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <!-- Written by firebreak schedule install; remove with: firebreak schedule remove --profile shop -->
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>dev.firebreak.backup.shop</string>
                  <key>ProgramArguments</key>
                  <array>
                    <string>/bin/sh</string>
                    <string>-c</string>
                    <string>&quot;$0&quot; backup --profile &quot;$1&quot; --label scheduled &amp;&amp; &quot;$0&quot; prune --profile &quot;$1&quot;</string>
                    <string>/opt/Fire Break 100%/bin/firebreak</string>
                    <string>shop</string>
                  </array>
                  <key>EnvironmentVariables</key>
                  <dict>
                    <key>FIREBREAK_HOME</key>
                    <string>/home/ana/it's $HOME</string>
                    <key>JAVA_HOME</key>
                    <string>/usr/lib/jvm/java-17</string>
                  </dict>
                  <key>StartCalendarInterval</key>
                  <array>
                    <dict><key>Hour</key><integer>2</integer><key>Minute</key><integer>30</integer></dict>
                    <dict><key>Hour</key><integer>8</integer><key>Minute</key><integer>30</integer></dict>
                    <dict><key>Hour</key><integer>14</integer><key>Minute</key><integer>30</integer></dict>
                    <dict><key>Hour</key><integer>20</integer><key>Minute</key><integer>30</integer></dict>
                  </array>
                  <key>StandardOutPath</key>
                  <string>/Users/ana/fb/logs/schedule-shop.log</string>
                  <key>StandardErrorPath</key>
                  <string>/Users/ana/fb/logs/schedule-shop.log</string>
                </dict>
                </plist>
                """);
        ScheduledRun backupOnly = new ScheduledRun(LAUNCHER, "shop", false, Map.of());
        assertThat(LaunchdAgent.programArguments(backupOnly))
                .containsExactly(LAUNCHER.toString(), "backup", "--profile", "shop", "--label", "scheduled");
    }

    @Test
    void windowsTaskStartsWhenAvailableRepeatsAndRunsBothActions() {
        ScheduledRun windows = new ScheduledRun(Path.of("C:\\Program Files\\Firebreak\\bin\\firebreak.cmd"), "shop", true,
                Map.of());
        assertThat(WindowsTask.xml(SIX_HOURLY, windows)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-16"?>
                <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
                  <RegistrationInfo>
                    <Description>Firebreak backup of shop, every 6 h at 02:30, 08:30, 14:30, 20:30. Written by firebreak schedule install; remove with: firebreak schedule remove --profile shop</Description>
                  </RegistrationInfo>
                  <Triggers>
                    <CalendarTrigger>
                      <StartBoundary>2000-01-01T02:30:00</StartBoundary>
                      <Repetition><Interval>PT6H</Interval><Duration>P1D</Duration></Repetition>
                      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
                    </CalendarTrigger>
                  </Triggers>
                  <Settings>
                    <StartWhenAvailable>true</StartWhenAvailable>
                    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
                    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
                    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
                    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>
                  </Settings>
                  <Actions Context="Author">
                    <Exec>
                      <Command>C:\\Program Files\\Firebreak\\bin\\firebreak.cmd</Command>
                      <Arguments>backup --profile shop --label scheduled</Arguments>
                    </Exec>
                    <Exec>
                      <Command>C:\\Program Files\\Firebreak\\bin\\firebreak.cmd</Command>
                      <Arguments>prune --profile shop</Arguments>
                    </Exec>
                  </Actions>
                </Task>
                """);
    }

    @Test
    void windowsArgumentsAreQuotedByTheMicrosoftRuntimeRules() {
        assertThat(WindowsTask.quoteArgument("shop")).isEqualTo("shop");
        assertThat(WindowsTask.quoteArgument("")).isEqualTo("\"\"");
        assertThat(WindowsTask.quoteArgument("C:\\My Backups\\")).isEqualTo("\"C:\\My Backups\\\\\"");
        assertThat(WindowsTask.quoteArgument("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(WindowsTask.quoteArgument("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
    }
}
