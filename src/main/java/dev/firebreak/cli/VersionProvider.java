package dev.firebreak.cli;

import dev.firebreak.core.FirebreakVersion;
import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        return FirebreakVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"firebreak " + version()};
    }
}
