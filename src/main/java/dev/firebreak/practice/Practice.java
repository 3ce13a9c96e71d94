package dev.firebreak.practice;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/**
 * Practice mode's front door, shared by the welcome view, the drill panel and {@code firebreak practice}: the embedded
 * server with the sample shop, the profile {@code practice}, the practice repository and the drill record.
 */
public final class Practice {
    public static final String PROFILE = "practice";
    public static final String DATABASE = "shop";
    /** The practice cluster's superuser; it logs in without a password from loopback only (see {@link PracticeServer}). */
    public static final String USER = "postgres";
    private static final int SERVER_MAJOR = 15;

    private final PracticePaths paths;
    private final ProfileStore profiles;
    private final BackupStore backups;
    private final PracticeServer server;
    private final DrillStore drill;
    private final EventBus events;
    private final Clock clock;

    public Practice(FirebreakHome home, BackupStore backups, EventBus events, Clock clock) {
        this.paths = PracticePaths.in(home);
        this.profiles = new ProfileStore(home);
        this.backups = backups;
        this.server = new PracticeServer(paths.data());
        this.drill = new DrillStore(paths.drill(), clock);
        this.events = events;
        this.clock = clock;
    }

    /** Starts the server; on first use also creates the shop, the repository and the profile. */
    public Setup start(ProgressMonitor monitor) {
        Optional<ConnectionProfile> existing = profiles.find(PROFILE);
        existing.ifPresent(Practice::requireOurs);
        monitor.update("Starting the practice PostgreSQL server", 0, 3);
        int port = server.start(existing.map(ConnectionProfile::port).orElse(PracticeServer.DEFAULT_PORT));
        ConnectionProfile profile = new ConnectionProfile(PROFILE, "localhost", port, DATABASE, USER, "disable");
        if (!existing.equals(Optional.of(profile))) {
            profiles.save(profile); // the port is remembered here and tried first next time
        }
        monitor.checkCancelled();
        monitor.update("Creating the sample shop (" + Numbers.of(SampleShop.CUSTOMERS, "customer") + ")", 1, 3);
        createShopIfMissing(database());
        monitor.checkCancelled();
        monitor.update("Creating the practice repository", 2, 3);
        if (!Files.exists(paths.repository())) {
            createRepository();
        }
        monitor.update("Practice mode is ready", 3, 3);
        return new Setup(profile, paths.repository(), customers(database()));
    }

    public void stop() {
        server.stop();
    }

    /** True when this process started the server: it then stops when this process ends. */
    public boolean serverStartedHere() {
        return server.ownedHere();
    }

    /** Blocks until the server process has exited: stopped here, by {@code practice stop} from elsewhere, or at exit. */
    public void awaitStop() {
        server.running().flatMap(postmaster -> ProcessHandle.of(postmaster.pid()))
                .ifPresent(process -> process.onExit().join());
    }

    /**
     * Stops the server, deletes the practice data, repository, drill record and the backups of the {@code practice}
     * profile (sample data only), then starts afresh. Other profiles and their backups are never touched; the journal's
     * practice incidents stay, as every journal entry does (it is append-only).
     */
    public Setup reset(ProgressMonitor monitor) {
        profiles.find(PROFILE).ifPresent(Practice::requireOurs);
        monitor.update("Stopping the practice server", 0, -1);
        server.stop();
        for (BackupManifest backup : backups.list(PROFILE)) {
            backups.delete(backup.id());
        }
        deleteTree(paths.root());
        drill.reset();
        return start(monitor);
    }

    public Status status() {
        Optional<PracticeServer.Postmaster> running = server.running();
        return new Status(running.map(PracticeServer.Postmaster::port), profiles.find(PROFILE), paths, drill.load(),
                running.isPresent() && profiles.find(PROFILE).isPresent() ? Optional.of(customers(database())) : Optional.empty());
    }

    /** Where {@code pg_dump} for the practice server is missing: what to install on this OS. */
    public static Optional<String> missingTools() {
        try {
            PgTools.onThisMachine(System.getenv()).require("pg_dump", SERVER_MAJOR, "the practice server is PostgreSQL " + SERVER_MAJOR);
            return Optional.empty();
        } catch (UserFacingException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The practice shop database; the practice server must have been started. */
    public Database database() {
        return new Database(profiles.require(PROFILE), Credentials.fromEnvironment());
    }

    public BadDeploy badDeploy() {
        return new BadDeploy(paths.repository(), database(), events, clock);
    }

    public DrillStore drill() {
        return drill;
    }

    public PracticePaths paths() {
        return paths;
    }

    /** Customers in the shop now; 0 when the table is gone. */
    public static long customers(Database shop) {
        try (Connection connection = shop.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM customers")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw new UserFacingException("Cannot count the practice customers: " + e.getMessage(), e);
        }
    }

    /** A profile named "practice" that points elsewhere is the user's own: never reset or overwrite it. */
    private static void requireOurs(ConnectionProfile profile) {
        if (!profile.host().equals("localhost") || !profile.database().equals(DATABASE) || !profile.user().equals(USER)) {
            throw new UserFacingException("Your profile '" + PROFILE + "' (" + profile.url() + ") is not Firebreak's practice "
                    + "database, so practice mode leaves it and its backups alone. Rename that profile to use practice mode.");
        }
    }

    /** Filled under another name and renamed: a crash never leaves a half-filled shop behind. */
    private static void createShopIfMissing(Database shop) {
        String filling = DATABASE + "_filling";
        try (Connection admin = shop.maintenance().connect(); Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(filling));
            statement.execute("CREATE DATABASE " + Identifiers.quote(filling));
            try (Connection connection = shop.other(filling).connect()) {
                SampleShop.create(connection);
            }
            statement.execute("ALTER DATABASE " + Identifiers.quote(filling) + " RENAME TO " + Identifiers.quote(DATABASE));
        } catch (SQLException e) {
            throw new UserFacingException("Could not create the practice shop database: " + e.getMessage(), e);
        }
    }

    private void createRepository() {
        try {
            PracticeRepository.create(paths.origin(), paths.repository());
        } catch (RuntimeException e) {
            deleteTree(paths.origin()); // half a repository would be taken for a whole one next time
            deleteTree(paths.repository());
            throw e;
        }
    }

    private static void deleteTree(Path root) {
        try {
            FileTree.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }

    /** What {@link #start} made ready. */
    public record Setup(ConnectionProfile profile, Path repository, long customers) {
    }

    /**
     * @param port      the running server's port, empty when stopped
     * @param customers customers in the shop now, when the server runs
     */
    public record Status(Optional<Integer> port, Optional<ConnectionProfile> profile, PracticePaths paths, DrillRecord drill,
                         Optional<Long> customers) {
    }
}
