package dev.firebreak.practice;

import dev.firebreak.core.UserFacingException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The practice cluster: zonky's embedded PostgreSQL 15 (a major the machine's {@code pg_dump} 15 can dump) with its
 * data directory kept across restarts. It accepts TCP connections from this machine's loopback only, without a
 * password ({@code trust}): the cluster holds nothing but sample data, so there is no secret to store, type or leak,
 * and the product's rule "no password in a file Firebreak writes" holds trivially. Unix-socket logins are refused.
 */
public final class PracticeServer {
    /** Tried first so that the practice profile's URL stays the same; any free port otherwise. */
    public static final int DEFAULT_PORT = 55432;

    private final Path dataDirectory;
    private EmbeddedPostgres owned;

    public PracticeServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server (or finds it already running, possibly in another Firebreak process) and returns its port. */
    public synchronized int start(int preferredPort) {
        Optional<Postmaster> running = running();
        if (running.isPresent()) {
            return running.get().port();
        }
        int port = isFree(preferredPort) ? preferredPort : isFree(DEFAULT_PORT) ? DEFAULT_PORT : 0;
        try {
            Files.createDirectories(dataDirectory.getParent());
            owned = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectoryCustomizer(PracticeServer::trustLoopbackOnly)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return owned.getPort();
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("The practice server did not start: " + e.getMessage() + ". Its data is in "
                    + dataDirectory + "; 'firebreak practice reset' starts again from scratch.", e);
        }
    }

    /** Stops the server, also one started by another Firebreak process (smart shutdown, as {@code pg_ctl stop}). */
    public synchronized void stop() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                owned = null;
            }
            return;
        }
        running().flatMap(postmaster -> ProcessHandle.of(postmaster.pid())).ifPresent(PracticeServer::terminate);
    }

    /** The running postmaster of this data directory, if any (from {@code postmaster.pid}). */
    public Optional<Postmaster> running() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() < 4) {
                return Optional.empty();
            }
            Postmaster postmaster = new Postmaster(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
            return ProcessHandle.of(postmaster.pid()).filter(ProcessHandle::isAlive).map(alive -> postmaster);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // being written or removed right now: treat as not running
        }
    }

    /** True when this process started the server (it then stops with this process). */
    public synchronized boolean ownedHere() {
        return owned != null;
    }

    private static void terminate(ProcessHandle postmaster) {
        postmaster.destroy(); // SIGTERM: smart shutdown
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new UserFacingException("The practice server (pid " + postmaster.pid() + ") did not stop within a minute: "
                    + "close the programs still connected to it and try again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isFree(int port) {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Rewritten before every start: loopback TCP without a password, nothing else. */
    private static void trustLoopbackOnly(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "# Firebreak practice cluster: sample data only, reachable from this machine only",
                    "host all all 127.0.0.1/32 trust",
                    "host all all ::1/128 trust", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running server process and the port it listens on. */
    public record Postmaster(long pid, int port) {
    }
}
