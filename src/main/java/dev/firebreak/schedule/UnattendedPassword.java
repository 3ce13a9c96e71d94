package dev.firebreak.schedule;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a scheduled run, which nobody can type a password into, will find one through libpq's files. The
 * schedule itself never holds one; PGPASSWORD of the installing shell does not reach the scheduler's jobs.
 */
public final class UnattendedPassword {
    private UnattendedPassword() {
    }

    /** A warning to print, or empty when {@code ~/.pgpass} or {@code PGPASSFILE} has the profile's password. */
    public static Optional<String> warning(ConnectionProfile profile, Map<String, String> env) {
        Map<String, String> scheduled = new HashMap<>(env);
        boolean shellOnly = scheduled.remove("PGPASSWORD") != null;
        if (Credentials.fromEnvironment(scheduled).passwordFor(profile).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("No password for " + profile.user() + "@" + profile.host() + ":" + profile.port() + "/"
                + profile.database() + " in ~/.pgpass or PGPASSFILE" + (shellOnly ? " (PGPASSWORD is set in this shell "
                + "only; scheduled runs do not see it)" : "") + ". If the server asks for one, scheduled backups will "
                + "fail: add the line " + profile.host() + ":" + profile.port() + ":" + profile.database() + ":"
                + profile.user() + ":PASSWORD to ~/.pgpass and chmod 0600 it. No password is written into the schedule.");
    }
}
