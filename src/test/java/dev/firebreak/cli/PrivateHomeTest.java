package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.Launchers;
import dev.firebreak.testing.ProcessResult;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 2: under umask 022 everything Firebreak makes under its home is owner-only — the equivalent of
 * {@code find "$FIREBREAK_HOME" -perm /077} printing nothing after a backup, a restore, a log entry and a console
 * session — and a home an older version left world-readable is tightened on the next run, with a note in the log.
 */
class PrivateHomeTest {
    @TempDir
    Path tmp;

    Path home;
    Map<String, String> environment;

    @BeforeEach
    void environment() {
        home = tmp.resolve("home");
        environment = new HashMap<>(TestPostgres.pgpassEnvironment(tmp, TestPostgres.PASSWORD));
        environment.put("FIREBREAK_HOME", home.toString());
    }

    @Test
    void underUmask022ABackupRestoreLogAndConsoleSessionLeaveNothingOthersCanRead() throws IOException {
        String shop = ShopDatabase.create();
        String url = TestPostgres.url(TestPostgres.server().getPort(), shop);
        assertOk(firebreak(List.of(), "profile", "add", "shop", "--db", url));
        String id = assertOk(firebreak(List.of(), "backup", "--profile", "shop")).stdout().trim();
        assertOk(firebreak(List.of(), "backup", "--profile", "shop", "--format", "directory", "--jobs", "2"));
        assertOk(firebreak(List.of(), "restore", id, "--profile", "shop", "--mode", "new"));
        assertOk(firebreak(List.of(), "incident", "open", "Orders table dropped"));
        assertOk(firebreak(List.of(), "log", "2:03 realized the push went to main"));
        assertOk(firebreak(List.of(), "backups", "list"));
        ProcessResult console = firebreak(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dfirebreak.exitAfterFirstFrame=true"));
        assertThat(console.stdout()).as(console.output()).contains("first frame after");

        assertThat(home.resolve("journal.db")).exists();
        try (Stream<Path> archives = Files.walk(home.resolve("backups"))) {
            assertThat(archives.filter(path -> path.toString().endsWith(".dump") || path.toString().endsWith(".dat.gz")
                    || path.toString().endsWith(".firebreak"))).hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(readableByOthers(home)).isEmpty();
    }

    @Test
    void aHomeAnOlderVersionLeftReadableIsTightenedOnTheNextRunWithANoteInTheLog() throws IOException {
        Path backups = Files.createDirectories(home.resolve("backups/shop"));
        Files.writeString(backups.resolve("20261207-120000-abcd.dump"), "all the rows");
        Files.writeString(home.resolve("journal.db"), "");
        Files.writeString(home.resolve("audit.log"), "{}\n");
        for (Path path : List.of(home, home.resolve("backups"), backups)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path path : List.of(backups.resolve("20261207-120000-abcd.dump"), home.resolve("journal.db"), home.resolve("audit.log"))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }

        assertOk(firebreak(List.of(), "backups", "list"));

        assertThat(readableByOthers(home)).isEmpty();
        assertThat(Files.readString(home.resolve("logs/firebreak.log")))
                .containsOnlyOnce("Made the Firebreak home " + home + " private: 6 files and folders");
        assertOk(firebreak(List.of(), "backups", "list"));
        assertThat(Files.readString(home.resolve("logs/firebreak.log"))).containsOnlyOnce("Made the Firebreak home");
    }

    /** Every path under {@code root} with a group or others bit, with its mode: {@code find root -perm /077}. */
    static List<String> readableByOthers(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !Files.isSymbolicLink(path)).filter(path -> {
                try {
                    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                    return mode.stream().anyMatch(bit -> !bit.name().startsWith("OWNER_"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(path -> uncheckedMode(path) + " " + root.relativize(path)).toList();
        }
    }

    private static String uncheckedMode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ProcessResult assertOk(ProcessResult result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result;
    }

    /** The real CLI in its own JVM, started under umask 022 (the JVM cannot set its own umask, so a shell does it here). */
    private ProcessResult firebreak(List<String> jvmOptions, String... args) {
        List<String> java = new ArrayList<>(Launchers.testClasspath());
        java.addAll(1, jvmOptions);
        java.addAll(List.of(args));
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 022 && exec \"$@\"", "sh"));
        command.addAll(java);
        return ProcessResult.run(tmp, environment, command);
    }
}
