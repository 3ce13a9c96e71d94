package dev.firebreak.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A launcher script like packaging/bin/firebreak that runs this build (tests run before the package exists), in a
 * folder whose name a scheduler must quote. It uses {@code $JAVA_HOME}, as the real one does.
 */
final class StandInLauncher {
    private StandInLauncher() {
    }

    static Path in(Path dir, String folder) {
        try {
            Path bin = Files.createDirectories(dir.resolve(folder).resolve("bin"));
            Path launcher = bin.resolve("firebreak");
            String classpath = System.getProperty("java.class.path").replace("'", "'\\''");
            Files.writeString(launcher, "#!/bin/sh\nexec \"$JAVA_HOME/bin/java\" -XX:TieredStopAtLevel=1 -cp '" + classpath
                    + "' dev.firebreak.Main \"$@\"\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            return launcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
