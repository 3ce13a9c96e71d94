package dev.firebreak.protect;

import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.ProcessOutput;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server replaying a base backup and our archived WAL up to a target and promoted there
 * ({@link RecoverySettings}), so the rows as they were can be read; it never writes anywhere but its own folder. It lives in
 * {@code protect/<profile>/sandbox-*} (0700): reachable only through a Unix socket in a 0700 temp folder, with no TCP
 * port, and trusted there, since only our own user can open the folder. {@code postgres} runs as our child (not through
 * pg_ctl, which would detach it), so the kernel stops it when Firebreak dies; {@link #close} stops it and removes the
 * folder, and the next sandbox removes folders a killed Firebreak left behind.
 */
final class SandboxServer implements AutoCloseable {
    static final String PREFIX = "sandbox-";
    private static final List<String> HOT_STANDBY_MINIMUMS = List.of("max_connections", "max_worker_processes",
            "max_wal_senders", "max_prepared_xacts", "max_locks_per_xact");

    private final Path folder;
    private final Path socket;
    private final int port;
    private final String user;
    private final PgTool psql;
    private Process postgres;

    private SandboxServer(Path folder, Path socket, int port, String user, PgTool psql) {
        this.folder = folder;
        this.socket = socket;
        this.port = port;
        this.user = user;
        this.psql = psql;
    }

    /** The programs a sandbox needs, all of the base backup's major. */
    record Binaries(PgTool postgres, PgTool controldata, PgTool psql) {
    }

    /**
     * Unpacks {@code backupFolder} (base.tar.gz, pg_wal.tar.gz), replays {@code wal} up to {@code target} and returns
     * once the server stopped there. On any failure or cancel the server is stopped and the folder removed.
     */
    static SandboxServer recover(Path parent, Path backupFolder, Path wal, List<String> target, String user,
                                 Binaries binaries, ProgressMonitor monitor) {
        Path folder;
        try {
            removeLeftovers(parent);
            folder = Files.createTempDirectory(ProtectionStore.privateFolder(parent), PREFIX); // 0700
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a sandbox folder in " + parent, e);
        }
        SandboxServer sandbox;
        try {
            // the socket's path must stay under ~107 bytes, which a data folder deep in the home cannot promise
            Path socket = Files.createTempDirectory("firebreak-sandbox-");
            PrivateFiles.restrict(socket);
            sandbox = new SandboxServer(folder, socket, freePort(), user, binaries.psql());
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("Cannot create the sandbox's socket folder", e);
        }
        boolean ready = false;
        try {
            sandbox.prepare(backupFolder, wal, target, monitor);
            sandbox.start(binaries, monitor);
            sandbox.awaitTarget(monitor);
            ready = true;
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the sandbox in " + folder, e);
        } finally {
            if (!ready) {
                sandbox.close();
            }
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    Path socketFolder() {
        return socket;
    }

    int port() {
        return port;
    }

    /** Connection arguments for a pg tool (pg_dump, psql) to reach this server. */
    List<String> connection() {
        return List.of("--host", socket.toString(), "--port", String.valueOf(port), "--username", user, "--no-password");
    }

    private void prepare(Path backupFolder, Path wal, List<String> target, ProgressMonitor monitor) throws IOException {
        monitor.update("Unpacking the base backup into a sandbox", -1, -1);
        Path data = PrivateFiles.createDirectories(data());
        TarGz.extract(backupFolder.resolve("base.tar.gz"), data);
        monitor.checkCancelled();
        Path walArchive = backupFolder.resolve("pg_wal.tar.gz");
        if (Files.isRegularFile(walArchive)) {
            TarGz.extract(walArchive, data.resolve("pg_wal"));
        }
        Files.createDirectories(data.resolve("pg_wal/archive_status"));
        // Only our socket, in a folder only we can open: trusted, so no password is written anywhere.
        Files.writeString(data.resolve("pg_hba.conf"), "local all all trust\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("recovery.signal"), "", StandardCharsets.UTF_8);
        Files.write(data.resolve("postgresql.auto.conf"), RecoverySettings.lines(wal, target), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.deleteIfExists(data.resolve("postmaster.pid"));
        Files.deleteIfExists(data.resolve("standby.signal"));
    }

    private void start(Binaries binaries, ProgressMonitor monitor) throws IOException {
        List<String> command = new ArrayList<>(List.of(binaries.postgres().path().toString(), "-D", data().toString(),
                "-c", "port=" + port, "-c", "listen_addresses=", "-c", "unix_socket_directories=" + socket,
                "-c", "unix_socket_permissions=0700", "-c", "archive_mode=off", "-c", "hot_standby=on",
                "-c", "logging_collector=off", "-c", "shared_preload_libraries=", "-c", "hba_file=" + data().resolve("pg_hba.conf")));
        // hot standby refuses to start below the primary's settings, which the backup's control file records
        controlSettings(binaries.controldata()).forEach(setting -> command.addAll(List.of("-c", setting)));
        ProcessBuilder builder = new ProcessBuilder(ServerCommand.of(command)).redirectErrorStream(true)
                .redirectOutput(PrivateFiles.createFile(folder.resolve("server.log")).toFile());
        builder.environment().clear();
        builder.environment().put("LC_MESSAGES", "C");
        builder.environment().put("TZ", "UTC");
        monitor.update("Replaying the WAL in the sandbox with postgres " + binaries.postgres().version(), -1, -1);
        postgres = ChildProcesses.start(builder);
        postgres.getOutputStream().close();
    }

    private List<String> controlSettings(PgTool controldata) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(controldata.path().toString(), "-D", data().toString());
        builder.environment().clear();
        builder.environment().put("LC_ALL", "C");
        Process process = ChildProcesses.start(builder);
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = ProcessOutput.collect(process.getInputStream(), "pg_controldata-stdout");
        ProcessOutput.collect(process.getErrorStream(), "pg_controldata-stderr");
        List<String> settings = new ArrayList<>();
        for (String line : new String(out.join(), StandardCharsets.UTF_8).split("\n")) {
            for (String name : HOT_STANDBY_MINIMUMS) {
                String prefix = name + " setting:";
                if (line.startsWith(prefix)) {
                    String value = line.substring(prefix.length()).strip();
                    String setting = name.equals("max_prepared_xacts") ? "max_prepared_transactions"
                            : name.equals("max_locks_per_xact") ? "max_locks_per_transaction" : name;
                    settings.add(setting + "=" + Integer.parseInt(value));
                }
            }
        }
        return settings;
    }

    /** Polls until replay stopped at the target; a server that exits (target not reached, WAL missing) is reported. */
    private void awaitTarget(ProgressMonitor monitor) {
        while (true) {
            if (!postgres.isAlive()) {
                throw new UserFacingException("The sandbox server stopped before it reached the target: "
                        + logTail() + " Nothing in the live database was touched.");
            }
            Optional<String> state = poll("postgres", "SELECT pg_is_in_recovery()");
            if (state.filter("f"::equals).isPresent()) { // promoted: replay stopped at the target
                return;
            }
            if (monitor.isCancelled()) {
                throw new CancelledException();
            }
            sleep(200);
        }
    }

    /** One value from {@code sql}; a failure (no such table, no connection) is reported with psql's words. */
    String query(String database, String sql) {
        Answer answer = ask(database, sql);
        if (answer.exitCode() != 0) {
            throw new UserFacingException("The sandbox server did not answer " + sql + ": " + answer.text());
        }
        return answer.text();
    }

    /** The value, or empty while the server does not take connections yet. */
    private Optional<String> poll(String database, String sql) {
        Answer answer = ask(database, sql);
        return answer.exitCode() == 0 ? Optional.of(answer.text()) : Optional.empty();
    }

    private record Answer(int exitCode, String text) {
    }

    private Answer ask(String database, String sql) {
        List<String> command = new ArrayList<>(List.of(psql.path().toString()));
        command.addAll(connection());
        command.addAll(List.of("--dbname", database, "--no-psqlrc", "--tuples-only", "--no-align", "--quiet",
                "--set", "ON_ERROR_STOP=1", "--command", sql));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("LC_MESSAGES", "C");
        builder.environment().put("PGCONNECT_TIMEOUT", "5");
        try {
            Process process = ChildProcesses.start(builder);
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = ProcessOutput.collect(process.getInputStream(), "psql-stdout");
            CompletableFuture<byte[]> err = ProcessOutput.collect(process.getErrorStream(), "psql-stderr");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Answer(-1, "psql got no answer within 60 s");
            }
            return process.exitValue() == 0 ? new Answer(0, new String(out.join(), StandardCharsets.UTF_8).strip())
                    : new Answer(process.exitValue(), new String(err.join(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + psql.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private String logTail() {
        try {
            List<String> all = Files.readAllLines(folder.resolve("server.log"), StandardCharsets.UTF_8);
            List<String> lines = all.stream()
                    .filter(line -> line.contains("FATAL") || line.contains("ERROR") || line.contains("PANIC")).toList();
            List<String> shown = lines.isEmpty() ? all : lines;
            return "exit code " + postgres.exitValue() + (shown.isEmpty() ? "." : ", "
                    + String.join(" ", shown.subList(Math.max(0, shown.size() - 3), shown.size())).strip());
        } catch (IOException e) {
            return "its log could not be read (" + e.getMessage() + ").";
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the sandbox server", e);
        }
    }

    /** Sandboxes of a Firebreak that was killed: the kernel stopped their server, the folder stayed. */
    static void removeLeftovers(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (var children = Files.list(parent)) {
            for (Path child : children.filter(path -> path.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (!serverRunning(child.resolve("data/postmaster.pid"))) {
                    FileTree.delete(child);
                }
            }
        }
    }

    /** Whether the pid in postmaster.pid is a live process: a sandbox in use by another Firebreak stays. */
    private static boolean serverRunning(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return false;
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and removes the folder with every row in it. */
    @Override
    public void close() {
        if (postgres != null && postgres.isAlive()) {
            postgres.destroy();
            try {
                if (!postgres.waitFor(30, TimeUnit.SECONDS)) {
                    postgres.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                postgres.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the sandbox " + folder, e);
        } finally {
            deleteQuietly(socket);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            FileTree.delete(path);
        } catch (IOException e) {
            // an empty folder in the temp dir, or a sandbox already being reported as failed
        }
    }
}
