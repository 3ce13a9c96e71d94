package dev.firebreak.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Windows: a Task Scheduler task created by {@code schtasks /Create /XML}; the XML is kept for reference. */
final class WindowsTasks implements SystemScheduler {
    private final Path xmlDir;

    WindowsTasks(Path xmlDir) {
        this.xmlDir = xmlDir;
    }

    @Override
    public String kind() {
        return "schtasks";
    }

    @Override
    public String install(Cadence cadence, ScheduledRun run) {
        Path xml = xmlDir.resolve("backup-" + run.profile() + ".xml");
        try {
            Files.createDirectories(xmlDir);
            // schtasks reads the file in the encoding its declaration names: UTF-16 with a byte order mark
            Files.writeString(xml, "\uFEFF" + WindowsTask.xml(cadence, run), StandardCharsets.UTF_16LE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemCommand.of("schtasks", "/Create", "/TN", WindowsTask.name(run.profile()), "/XML", xml.toString(), "/F")
                .require(null, "Creating the scheduled task");
        return "Created the scheduled task " + WindowsTask.name(run.profile()) + " (a start missed while the PC was off runs when it is back)";
    }

    @Override
    public String remove(String profile) {
        if (!installed(profile)) {
            return "No scheduled task " + WindowsTask.name(profile);
        }
        SystemCommand.of("schtasks", "/Delete", "/TN", WindowsTask.name(profile), "/F").require(null, "Deleting the scheduled task");
        return "Deleted the scheduled task " + WindowsTask.name(profile);
    }

    @Override
    public String location(String profile) {
        return "Task Scheduler: " + WindowsTask.name(profile);
    }

    @Override
    public boolean installed(String profile) {
        return SystemCommand.of("schtasks", "/Query", "/TN", WindowsTask.name(profile)).run().ok();
    }
}
