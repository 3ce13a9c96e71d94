package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Continuous protection of a profile: a replication slot on the server, base backups and the WAL streamed since, all
 * under {@code $FIREBREAK_HOME/protect/<profile>/}. The server's configuration is only ever read, never changed.
 */
public final class ProtectionService {
    private final ProtectionStore store;
    private final ReplicationTools tools;
    private final Clock clock;

    public ProtectionService(ProtectionStore store, PgTools tools, Clock clock) {
        this.store = store;
        this.tools = new ReplicationTools(tools);
        this.clock = clock;
    }

    public static ProtectionService forHome(FirebreakHome home) {
        return new ProtectionService(ProtectionStore.in(home), PgTools.onThisMachine(System.getenv()), Clock.systemUTC());
    }

    public ProtectionStore store() {
        return store;
    }

    /** A new protection with its first base backup, or the existing one with a new base backup. */
    public record Enabled(Protection protection, BaseBackup baseBackup, boolean slotCreated) {
    }

    /**
     * Checks the server (a message listing every missing setting, nothing changed), creates the slot, takes and checks
     * the first base backup. If the base backup cannot be taken, a slot created here is dropped again.
     */
    public Enabled enable(Database database, ProgressMonitor monitor) {
        String profile = database.profile().name();
        Protection existing = store.find(profile).filter(Protection::enabled).orElse(null);
        String slot = existing != null ? existing.slot() : ReplicationSlot.nameFor(profile);
        monitor.update("Checking the server for streaming", -1, -1);
        ServerFacts facts = StreamingReadiness.require(database, slot);
        PgTool basebackup = tools.require("pg_basebackup", facts.major());
        tools.require("pg_receivewal", facts.major());
        PgTool verifier = tools.require("pg_verifybackup", facts.major());
        boolean created = createSlot(database, slot, existing != null);
        Protection protection = existing != null ? existing
                : new Protection(database.profile(), slot, facts.major(), facts.segmentSize(), clock.instant(), null);
        try {
            if (created) {
                Files.deleteIfExists(store.folder(profile).resolve("received.json")); // a new slot starts afresh
            }
            store.save(protection);
            BaseBackup backup = new BaseBackupJob(store, clock).take(database, basebackup, verifier, monitor);
            return new Enabled(protection, backup, created);
        } catch (RuntimeException | IOException e) {
            if (created) {
                dropQuietly(database, slot);
                store.find(profile).ifPresent(saved -> store.save(saved.disabled(clock.instant())));
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    public BaseBackup baseBackup(Database database, ProgressMonitor monitor) {
        Protection protection = requireEnabled(database.profile().name());
        return new BaseBackupJob(store, clock).take(database, tools.require("pg_basebackup", protection.serverMajor()),
                tools.require("pg_verifybackup", protection.serverMajor()), monitor);
    }

    /** Checks a recorded base backup again (the newest when {@code id} is null) and records the result. */
    public BaseBackup verify(String profile, String id, ProgressMonitor monitor) {
        Protection protection = store.require(profile);
        List<BaseBackup> backups = store.baseBackups(profile);
        BaseBackup backup = backups.stream().filter(candidate -> id == null || candidate.id().equals(id))
                .reduce((a, b) -> b).orElseThrow(() -> new UserFacingException(id == null
                        ? "Profile '" + profile + "' has no base backup yet: firebreak protect base-backup --profile " + profile
                        : "Profile '" + profile + "' has no base backup " + id + ". See: firebreak protect status --profile " + profile));
        PgTool verifier = tools.require("pg_verifybackup", protection.serverMajor());
        VerifyResult result = new BaseBackupVerifier(verifier, clock).verify(store.base(profile).resolve(backup.id()), monitor);
        BaseBackup checked = backup.withVerified(result);
        store.saveBaseBackup(profile, checked);
        return checked;
    }

    /** Drops the slot (the server stops keeping WAL for us) and marks the profile unprotected; files are kept. */
    public boolean disable(Database database) {
        Protection protection = store.require(database.profile().name());
        boolean dropped;
        try (Connection connection = database.connect()) {
            dropped = ReplicationSlot.drop(connection, protection.slot());
        } catch (SQLException e) {
            throw new UserFacingException("Cannot drop the slot " + protection.slot() + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
        store.save(protection.disabled(clock.instant()));
        return dropped;
    }

    /** Streams WAL in the foreground until {@code monitor} is cancelled; progress lines go to {@code say}. */
    public void run(Database database, ProgressMonitor monitor, Consumer<String> say) {
        Protection protection = requireEnabled(database.profile().name());
        PgTool receivewal = tools.require("pg_receivewal", protection.serverMajor());
        new WalReceiver(store, database, protection, receivewal, clock, say).run(monitor);
    }

    public ProtectionStatus status(Database database, long warnRetainedBytes) {
        return new StatusReport(store, clock).of(store.require(database.profile().name()), database, warnRetainedBytes);
    }

    /**
     * The transactions since a base backup that dropped, truncated or emptied tables, read from the WAL received
     * (also from a profile whose protection was disabled: its files are kept).
     */
    public SearchReport findDestructive(Database database, SearchRequest request, ProgressMonitor monitor) {
        return new DestructiveTransactionSearch(store, tools, clock).find(database, request, monitor);
    }

    private Protection requireEnabled(String profile) {
        Protection protection = store.require(profile);
        if (!protection.enabled()) {
            throw new UserFacingException("Protection of '" + profile + "' was disabled on " + protection.disabledAt()
                    + ". Enable it again: firebreak protect enable --profile " + profile);
        }
        return protection;
    }

    private static boolean createSlot(Database database, String slot, boolean ours) {
        try (Connection connection = database.connect()) {
            if (ReplicationSlot.exists(connection, slot)) {
                if (!ours) {
                    throw new UserFacingException("The server already has a replication slot named " + slot
                            + ", which this Firebreak did not create (another machine's Firebreak?). Nothing was changed. "
                            + "Drop it if nobody reads it (SELECT pg_drop_replication_slot('" + slot + "');) or use "
                            + "another profile name.");
                }
                return false;
            }
            ReplicationSlot.create(connection, slot);
            return true;
        } catch (SQLException e) {
            throw new UserFacingException("Cannot create the replication slot " + slot + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }

    private static void dropQuietly(Database database, String slot) {
        try (Connection connection = database.connect()) {
            ReplicationSlot.drop(connection, slot);
        } catch (SQLException | UserFacingException e) {
            // reported with the failure that brought us here; status shows a slot left behind
        }
    }
}
