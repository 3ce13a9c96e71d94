package dev.firebreak.testing;

import java.nio.file.Path;
import java.util.List;

/** Command lines that run the code under test as a separate process, as the installed hook does. */
public final class Launchers {
    private Launchers() {
    }

    /** {@code java -cp <test classpath> dev.firebreak.Main}: the hook runs exactly this build. */
    public static List<String> testClasspath() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.firebreak.Main");
    }
}
