package dev.firebreak.ui.backups;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.catalog.CatalogListing;
import dev.firebreak.backup.catalog.OpenedManifest;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.tables.RowsCopied;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.backup.tables.TablesRestored;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The backup services the Backups tab calls, wired once by the composition root. Runs off the UI thread. */
public final class BackupsActions {
    private final BackupEngine engine;
    private final ProfileStore profiles;
    private final TypedPasswords passwords;

    public BackupsActions(BackupEngine engine, ProfileStore profiles, Credentials credentials) {
        this(engine, profiles, new TypedPasswords(credentials));
    }

    /** @param passwords those typed in Add database, shared with the automatic backups */
    public BackupsActions(BackupEngine engine, ProfileStore profiles, TypedPasswords passwords) {
        this.engine = engine;
        this.profiles = profiles;
        this.passwords = passwords;
    }

    List<ConnectionProfile> profiles() {
        return profiles.list();
    }

    /**
     * Connects once with what was typed (so a typo or a wrong password shows now, not at 2 AM), then saves the
     * profile; a failure is a UserFacingException in plain words ({@link ConnectionTrouble}). A typed password is
     * kept in this process's memory only, and written to ~/.pgpass only when the user ticked that.
     */
    AddedDatabase addProfile(NewDatabase typed) {
        ConnectionProfile profile = ConnectionProfile.fromUrl(typed.name(), typed.url());
        Credentials credentials = passwords.libpq();
        Database database = engine.database(profile, typed.hasPassword() ? credentials.withAskedPassword(typed.password()) : credentials);
        try (Connection connection = database.connect()) {
            connection.getMetaData().getDatabaseProductVersion(); // logged in and answering
        } catch (UserFacingException | SQLException e) {
            Optional<String> notTyped = credentials.passwordFor(profile).map(found -> credentials.passwordSource(profile));
            throw new UserFacingException(ConnectionTrouble.explain(e, profile, database.timeouts(), notTyped), e);
        }
        profiles.save(profile);
        if (!typed.hasPassword()) {
            passwords.forget(profile);
            return new AddedDatabase(profile, "");
        }
        passwords.remember(profile, typed.password());
        if (!typed.savePassword()) {
            return new AddedDatabase(profile, "the password is kept in memory until Firebreak quits");
        }
        try {
            return new AddedDatabase(profile, "the password is saved in " + credentials.savePassword(profile, typed.password())
                    + " (readable only by you)");
        } catch (IOException e) {
            return new AddedDatabase(profile, "the password could not be saved (" + e.getMessage()
                    + ") and is kept in memory until Firebreak quits");
        }
    }

    CatalogListing catalog(ConnectionProfile profile) {
        return engine.listing(profile.name());
    }

    /** The backup a manifest file names and the profile to show it under, or a UserFacingException saying why not. */
    Opened open(Path manifestFile) {
        BackupManifest backup = OpenedManifest.locate(manifestFile, engine.store()).manifest();
        ConnectionProfile profile = profiles.list().stream().filter(p -> p.name().equals(backup.profile()))
                .findFirst().orElseThrow(() -> new UserFacingException("Backup " + backup.id()
                        + " was made from the database profile '" + backup.profile() + "', which this console"
                        + " does not have: add " + backup.database() + " under that name (Add database…) to see and"
                        + " restore its backups."));
        return new Opened(profile, backup);
    }

    record Opened(ConnectionProfile profile, BackupManifest backup) {
    }

    /** Where backups are copied ("s3://bucket/prefix"), if S3 is configured. */
    Optional<String> s3Location() {
        return engine.store().s3Config().map(S3Config::location);
    }

    boolean uploadsAfterBackup() {
        return engine.uploadsAfterBackup();
    }

    boolean upload(BackupManifest backup, ProgressMonitor monitor) {
        return engine.upload(backup.id()).call(monitor);
    }

    BackupManifest backUp(ConnectionProfile profile, ProgressMonitor monitor) {
        return engine.backup(database(profile), BackupLabel.MANUAL).call(monitor);
    }

    RestoreOutcome restore(BackupManifest backup, ConnectionProfile profile, RestoreMode mode, ProgressMonitor monitor) {
        return engine.restore(backup.id(), database(profile), mode).call(monitor);
    }

    TablesRestored restoreTables(BackupManifest backup, ConnectionProfile profile, List<String> tables, ProgressMonitor monitor) {
        return engine.restoreTables(backup.id(), database(profile), tables).call(monitor);
    }

    RowsCopied copyMissingRows(ConnectionProfile profile, String sideSchema, ProgressMonitor monitor) {
        return engine.copyMissingRows(database(profile), sideSchema).call(monitor);
    }

    List<TableDifference> compareSideSchema(ConnectionProfile profile, String sideSchema) {
        return engine.compareSideSchema(database(profile), sideSchema);
    }

    void dropSideSchema(ConnectionProfile profile, String sideSchema) {
        engine.dropSideSchema(database(profile), sideSchema);
    }

    String undo(ConnectionProfile profile, String keptAs, ProgressMonitor monitor) {
        return engine.undo(database(profile), keptAs).call(monitor);
    }

    Verification verify(BackupManifest backup, ConnectionProfile profile, boolean quick, ProgressMonitor monitor) {
        return engine.verify(backup.id(), database(profile), quick).call(monitor);
    }

    List<TableComparison> compare(BackupManifest backup, ConnectionProfile profile) {
        return engine.compare(backup.id(), database(profile));
    }

    private Database database(ConnectionProfile profile) {
        return engine.database(profile, passwords.credentials(profile));
    }
}
