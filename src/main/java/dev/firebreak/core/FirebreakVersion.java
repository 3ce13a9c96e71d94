package dev.firebreak.core;

/** Firebreak's version as the jar's manifest records it at build time; a build from the source tree has none. */
public final class FirebreakVersion {
    private FirebreakVersion() {
    }

    public static String current() {
        String version = FirebreakVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
