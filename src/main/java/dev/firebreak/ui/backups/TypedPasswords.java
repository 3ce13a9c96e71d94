package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords typed in Add database, by profile name, in this process's memory only: every job the console runs for
 * that profile (a backup, a restore, an automatic backup) can log in until Firebreak quits, and nothing is written.
 */
public final class TypedPasswords {
    private final Credentials libpq;
    private final Map<String, char[]> typed = new ConcurrentHashMap<>();

    /** @param libpq the password sources that come first (PGPASSWORD, PGPASSFILE, ~/.pgpass) */
    public TypedPasswords(Credentials libpq) {
        this.libpq = libpq;
    }

    /** The libpq sources, then the password typed for {@code profile}, if any. */
    Credentials credentials(ConnectionProfile profile) {
        char[] password = typed.get(profile.name());
        return password == null ? libpq : libpq.withAskedPassword(password);
    }

    Credentials libpq() {
        return libpq;
    }

    void remember(ConnectionProfile profile, char[] password) {
        typed.put(profile.name(), password.clone());
    }

    void forget(ConnectionProfile profile) {
        typed.remove(profile.name());
    }
}
