package dev.firebreak.backup;

import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.catalog.CatalogListing;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.ScratchDatabases;
import dev.firebreak.backup.database.ScratchLock;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.restore.RestoreRecord;
import dev.firebreak.backup.restore.RestoreRecords;
import dev.firebreak.backup.retention.RetentionPolicy;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.backup.tables.MissingRows;
import dev.firebreak.backup.tables.RowCounts;
import dev.firebreak.backup.tables.SideSchema;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The backup engine's front door, shared by the CLI and the Backups tab: it hands out command objects (each with
 * one {@code call(ProgressMonitor)}) that all use the same store, pg tools, events and clock.
 */
public final class BackupEngine {
    private final BackupCatalog store;
    private final PgTools tools;
    private final EventBus events;
    private final Path privateDir;
    private final Clock clock;
    /** Per database, the rows last found missing: comparing again and finding the same is no news. */
    private final Map<String, List<TableComparison>> lastFoundMissing = new ConcurrentHashMap<>();
    private final Timeouts timeouts;

    /**
     * @param privateDir the folder for private files of child processes: none are written since a typed password
     *                   reaches them through their environment; older versions' leftovers are swept at start-up
     */
    public BackupEngine(BackupCatalog store, PgTools tools, EventBus events, Path privateDir, Clock clock) {
        this(store, tools, events, privateDir, clock, Timeouts.DEFAULT);
    }

    /** @param timeouts how long the databases handed out by {@link #database} and the pg tools may stay silent */
    public BackupEngine(BackupCatalog store, PgTools tools, EventBus events, Path privateDir, Clock clock, Timeouts timeouts) {
        this.timeouts = timeouts;
        this.store = store;
        this.tools = tools;
        this.events = events;
        this.privateDir = privateDir;
        this.clock = clock;
    }

    /** Over this disk only. */
    public BackupEngine(LocalBackupStore store, PgTools tools, EventBus events, Path privateDir, Clock clock) {
        this(new BackupCatalog(store, null), tools, events, privateDir, clock);
    }

    /** The stores of {@code $FIREBREAK_HOME} (local, and S3 when configured) and the pg tools installed on this machine. */
    public static BackupEngine forHome(FirebreakHome home, Timeouts timeouts, EventBus events) {
        return new BackupEngine(BackupCatalog.forHome(home),
                PgTools.onThisMachine(System.getenv()), events, home.privateDir(), Clock.systemUTC(), timeouts);
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    /** {@code profile}'s database with this engine's timeouts. */
    public Database database(ConnectionProfile profile, Credentials credentials) {
        return new Database(profile, credentials, timeouts);
    }

    public BackupJob backup(Database database, BackupLabel label) {
        return new BackupJob(this, database, label);
    }

    public RestoreJob restore(String backupId, Database target, RestoreMode mode) {
        return new RestoreJob(this, backupId, target, mode);
    }

    /**
     * Restores {@code tables} ({@code customers} or {@code schema.table}) of a backup into a new side schema of
     * {@code live} and compares them with the live tables. An unknown table name is an error right here.
     */
    public TableRestoreJob restoreTables(String backupId, Database live, List<String> tables) {
        return new TableRestoreJob(this, manifest(backupId), live, tables);
    }

    /** Copies the rows missing live back from a side schema made by {@link #restoreTables}. */
    public CopyMissingRowsJob copyMissingRows(Database live, String sideSchema) {
        return new CopyMissingRowsJob(this, live, sideSchema);
    }

    /** Compares a side schema's tables with the live tables again (e.g. after copying). */
    public List<TableDifference> compareSideSchema(Database live, String sideSchema) {
        try (Connection connection = live.connect()) {
            return MissingRows.compare(connection, sideSchema);
        } catch (SQLException e) {
            throw SqlFailures.of("Comparing " + sideSchema + " with the live tables", e, "Nothing was changed.");
        }
    }

    /** The side schemas of {@link #restoreTables} in {@code live}, oldest first: kept until the user drops them. */
    public List<String> sideSchemas(Database live) {
        try (Connection connection = live.connect()) {
            return SideSchema.all(connection);
        } catch (SQLException e) {
            throw SqlFailures.of("Looking for side schemas in " + live.profile().database(), e, "Nothing was changed.");
        }
    }

    /** Drops a side schema made by {@link #restoreTables} (and refuses any other schema). */
    public void dropSideSchema(Database live, String sideSchema) {
        try (Connection connection = live.connect()) {
            SideSchema.drop(connection, sideSchema);
        } catch (SQLException e) {
            throw SqlFailures.of("Dropping " + sideSchema, e, "Nothing was changed.");
        }
    }

    /**
     * Swaps a replace restore back: {@code keptAs} is {@link RestoreOutcome#keptAs()} and must be named by one of
     * {@link #undoableRestores}; anything else is refused.
     */
    public UndoRestore undo(Database target, String keptAs) {
        return new UndoRestore(this, target, keptAs);
    }

    /**
     * The replace restores of {@code target}'s database that Undo can swap back, newest first: recorded, finished
     * (not running in another process) and with their kept database still on the server.
     */
    public List<RestoreRecord> undoableRestores(Database target) {
        DatabaseAdmin admin = new DatabaseAdmin(target);
        try {
            List<RestoreRecord> undoable = new java.util.ArrayList<>();
            for (RestoreRecord record : restoreRecords().of(target.profile())) {
                if (!record.running() && admin.exists(record.kept())) {
                    undoable.add(record);
                }
            }
            return undoable;
        } catch (SQLException e) {
            throw SqlFailures.of("Looking up the restores of " + target.profile().database(), e, "Nothing was changed.");
        }
    }

    /** {@code $FIREBREAK_HOME/restores}: what each replace restore did, for Undo and for finding leftovers. */
    public RestoreRecords restoreRecords() {
        return new RestoreRecords(privateDir.resolveSibling("restores"));
    }

    /** {@code $FIREBREAK_HOME/scratch}: the {@link ScratchLock}s of the scratch databases live runs work on. */
    public Path scratchLocks() {
        return privateDir.resolveSibling("scratch");
    }

    /** The scratch databases of {@code live}'s restores and verifies that interrupted runs left on its server. */
    public ScratchDatabases scratchDatabases(Database live) {
        return new ScratchDatabases(live, scratchLocks());
    }

    /**
     * A test restore into a scratch database on {@code server} (full) or checksum + archive listing (quick, which
     * needs no server: {@code server} may be null).
     */
    public VerifyJob verify(String backupId, Database server, boolean quick) {
        return new VerifyJob(this, backupId, server, quick);
    }

    /** Retention for {@code profile} (null: every profile) over this engine's store and clock. */
    public PruneJob prune(String profile, RetentionPolicy policy) {
        return new PruneJob(this, profile, policy);
    }

    /** Deletes one backup, manifest first (see {@link BackupStore#delete}), and tells the journal. */
    public BackupDeleted delete(String backupId) {
        BackupManifest backup = manifest(backupId);
        store.delete(backupId);
        BackupDeleted deleted = new BackupDeleted(clock.instant(), backup);
        events.publish(deleted);
        return deleted;
    }

    /**
     * Per-table row counts in the backup against the live database now; rows found missing are published (once for
     * the same finding), since that is the moment an incident is detected.
     */
    public List<TableComparison> compare(String backupId, Database live) {
        List<TableComparison> comparisons = RowCounts.compare(manifest(backupId), live);
        List<TableComparison> missing = comparisons.stream().filter(TableComparison::rowsMissing).toList();
        String database = live.profile().database();
        if (!missing.isEmpty() && !missing.equals(lastFoundMissing.put(database, missing))) {
            events.publish(new BackupEvents.RowsFoundMissing(clock.instant(), backupId, database, missing));
        }
        return comparisons;
    }

    /** A committed backup's manifest; an unknown id is an error that says where to look. */
    public BackupManifest manifest(String backupId) {
        return store.find(backupId).orElseThrow(() -> new UserFacingException("No backup with id '" + backupId
                + "'. See firebreak backups list."));
    }

    /**
     * What "restore the latest" means: the newest backup of {@code profile} that is not a pre-restore safety copy
     * (that one holds the state being replaced, e.g. the broken database).
     */
    public Optional<BackupManifest> latest(String profile) {
        return store.list(profile).stream().filter(backup -> backup.label() != BackupLabel.PRE_RESTORE).findFirst();
    }

    /** Committed backups, newest first; {@code profile} null means all. */
    public List<BackupManifest> catalog(String profile) {
        return store.list(profile);
    }

    /** Committed backups with where their copies are, and why S3 could not be listed if it could not. */
    public CatalogListing listing(String profile) {
        return store.entries(profile);
    }

    /** Copies a local backup to S3 (archive first, manifest last). */
    public UploadJob upload(String backupId) {
        return new UploadJob(this, backupId);
    }

    /** True when {@code s3.json} asks for every backup to be uploaded once it is committed here. */
    public boolean uploadsAfterBackup() {
        return store.s3Config().map(S3Config::uploadAfterBackup).orElse(false);
    }

    public BackupCatalog store() {
        return store;
    }

    PgTools tools() {
        return tools;
    }

    EventBus events() {
        return events;
    }

    Path privateDir() {
        return privateDir;
    }

    Clock clock() {
        return clock;
    }
}
