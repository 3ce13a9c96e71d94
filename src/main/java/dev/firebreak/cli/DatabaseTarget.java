package dev.firebreak.cli;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.core.ShellQuote;
import picocli.CommandLine.Option;

/** {@code --profile NAME | --db URL}: which database a backup command works on. */
final class DatabaseTarget {
    @Option(names = "--profile", paramLabel = "NAME", description = "A connection profile (see: firebreak profile list).")
    String profile;

    @Option(names = "--db", paramLabel = "URL", description = "postgresql://user@host:port/db (no password: use ~/.pgpass or PGPASSFILE).")
    String url;

    /** {@code --profile NAME} or {@code --db URL}, to print in a command the user can run next. */
    String asArguments() {
        return profile != null ? "--profile " + ShellQuote.quote(profile) : "--db " + ShellQuote.quote(url);
    }

    ConnectionProfile resolve(ProfileStore profiles) {
        return profile != null ? profiles.require(profile) : ConnectionProfile.fromUrl(url);
    }
}
