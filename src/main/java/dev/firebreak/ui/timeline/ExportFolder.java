package dev.firebreak.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a first export starts: the user's documents folder, else their home folder. */
final class ExportFolder {
    private ExportFolder() {
    }

    static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
