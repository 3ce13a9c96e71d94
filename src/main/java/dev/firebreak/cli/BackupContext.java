package dev.firebreak.cli;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.PasswordRequiredException;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.SettingsStore;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.io.Console;
import java.sql.Connection;
import java.sql.SQLException;

/** What the backup commands share: the engine over {@code $FIREBREAK_HOME}, profiles, and password handling. */
final class BackupContext {
    final BackupEngine engine;
    final ProfileStore profiles;

    BackupContext(FirebreakHome home) {
        this(home, new EventBus());
    }

    /** With the engine publishing on {@code events} (e.g. for a {@link JournalSubscription}). */
    BackupContext(FirebreakHome home, EventBus events) {
        this.engine = BackupEngine.forHome(home, Timeouts.of(new SettingsStore(home).load()), events);
        this.profiles = new ProfileStore(home);
    }

    /**
     * The database with libpq's password sources; when none has a password and the server asks for one on a
     * terminal, the password is asked for (not echoed) and handed to child processes through a private pgpass file.
     */
    Database database(ConnectionProfile profile) {
        Credentials credentials = Credentials.fromEnvironment();
        Console console = System.console();
        if (credentials.passwordFor(profile).isPresent() || console == null) {
            return engine.database(profile, credentials);
        }
        try (Connection probe = engine.database(profile, credentials).connect()) {
            return engine.database(profile, credentials);
        } catch (PasswordRequiredException e) {
            char[] password = console.readPassword("Password for %s@%s:%d/%s: ", profile.user(), profile.host(),
                    profile.port(), profile.database());
            return engine.database(profile, credentials.withAskedPassword(password == null ? new char[0] : password));
        } catch (UserFacingException | SQLException e) {
            return engine.database(profile, credentials); // any other problem is reported by the job itself
        }
    }

    /** Where a backup came from: its profile if it still exists, else the connection recorded in the manifest. */
    Database sourceOf(BackupManifest manifest) {
        return database(profiles.find(manifest.profile()).orElse(manifest.source()));
    }
}
