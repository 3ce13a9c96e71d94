package dev.firebreak.backup.pgtool;

import dev.firebreak.core.ChildProcesses;
import dev.firebreak.core.ProcessOutput;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@code pg_dump}/{@code pg_restore} on PATH and in the usual install directories and picks the newest one
 * that can handle a server (and an archive) of a given major version.
 */
public final class PgTools {
    private static final Logger LOG = LoggerFactory.getLogger(PgTools.class);
    /** A tool that does not tell its version this fast is hung (or not a pg tool): it is skipped. */
    private static final long VERSION_SECONDS = 10;
    private final List<Path> directories;

    public PgTools(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** PATH, then {@code /usr/lib/postgresql/*}/bin, {@code /usr/pgsql-*}/bin, Postgres.app and Program Files. */
    public static PgTools onThisMachine(Map<String, String> environment) {
        Set<Path> dirs = new LinkedHashSet<>();
        String path = environment.getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                dirs.add(Path.of(entry));
            }
        }
        dirs.addAll(versionDirs(Path.of("/usr/lib/postgresql"), "*", "bin"));
        dirs.addAll(versionDirs(Path.of("/usr"), "pgsql-*", "bin"));
        dirs.addAll(versionDirs(Path.of("/Applications/Postgres.app/Contents/Versions"), "*", "bin"));
        dirs.addAll(versionDirs(Path.of("/opt/homebrew/opt"), "postgresql@*", "bin"));
        dirs.addAll(versionDirs(Path.of("C:\\Program Files\\PostgreSQL"), "*", "bin"));
        return new PgTools(new ArrayList<>(dirs));
    }

    /**
     * The newest {@code tool} whose major is at least {@code minMajor}; otherwise a message naming what to install.
     *
     * @param why e.g. "the server is PostgreSQL 16.2"
     */
    public PgTool require(String tool, int minMajor, String why) {
        return choose(find(tool), tool, minMajor, why);
    }

    /** As {@link #require}, from tools already {@link #find found}. */
    public static PgTool choose(List<PgTool> found, String tool, int minMajor, String why) {
        Optional<PgTool> best = found.stream().filter(candidate -> candidate.major() >= minMajor)
                .max(Comparator.comparingInt(PgTool::major));
        if (best.isPresent()) {
            return best.get();
        }
        String seen = found.isEmpty() ? "no " + tool + " was found on PATH or in the usual install directories"
                : "only " + tool + " " + found.stream().map(PgTool::version).distinct().toList() + " was found";
        throw new ToolUnavailableException("Need " + tool + " " + minMajor + " or newer because " + why + ", but " + seen
                + ". Nothing was changed. Install the PostgreSQL " + minMajor + " client tools: "
                + "apt-get install postgresql-client-" + minMajor + " (Debian/Ubuntu), dnf install postgresql" + minMajor
                + " (RHEL/Fedora), brew install postgresql@" + minMajor + " (macOS), or the EDB installer on Windows.");
    }

    /**
     * Every working copy of {@code tool} in the search directories, each with its version. All candidates are asked
     * for {@code --version} at once. A file reached twice (e.g. {@code /bin} linked to {@code /usr/bin}) is asked once,
     * and a link to a differently named program (Debian's {@code pg_wrapper}, a Perl script that runs one of the
     * {@code /usr/lib/postgresql/*}{@code /bin} binaries, which are searched too) only when no real binary was found:
     * starting Perl cost every backup and restore about 0.1 s of CPU per call.
     */
    public List<PgTool> find(String tool) {
        List<Path> binaries = new ArrayList<>();
        List<Path> wrappers = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path dir : directories) {
            for (String name : List.of(tool, tool + ".exe")) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    Path real = realPath(candidate);
                    if (seen.add(real)) {
                        (real.getFileName().toString().startsWith(tool) ? binaries : wrappers).add(candidate);
                    }
                }
            }
        }
        List<PgTool> tools = probe(binaries);
        return tools.isEmpty() ? probe(wrappers) : tools;
    }

    private static List<PgTool> probe(List<Path> candidates) {
        List<Probe> probes = new ArrayList<>();
        candidates.forEach(candidate -> Probe.start(candidate).ifPresent(probes::add));
        List<PgTool> tools = new ArrayList<>();
        for (Probe probe : probes) {
            PgTool parsed = probe.version();
            if (parsed != null) {
                tools.add(parsed);
            }
        }
        return tools;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A running {@code tool --version}. */
    private record Probe(Path executable, Process process, CompletableFuture<byte[]> output) {
        static Optional<Probe> start(Path executable) {
            try {
                Process process = ChildProcesses.start(new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true));
                process.getOutputStream().close();
                return Optional.of(new Probe(executable, process, ProcessOutput.collect(process.getInputStream(), "pg-tool-version")));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        PgTool version() {
            try {
                if (!ProcessOutput.exitedWithin(process, VERSION_SECONDS)) {
                    LOG.warn("Skipping {}: '--version' did not answer within {} s", executable, VERSION_SECONDS);
                    return null;
                }
                return process.exitValue() == 0 ? PgTool.parse(executable, new String(output.join(), StandardCharsets.UTF_8)) : null;
            } catch (CompletionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static List<Path> versionDirs(Path parent, String glob, String bin) {
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return dirs;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, glob)) {
            children.forEach(child -> dirs.add(child.resolve(bin)));
        } catch (IOException e) {
            return dirs;
        }
        return dirs;
    }
}
