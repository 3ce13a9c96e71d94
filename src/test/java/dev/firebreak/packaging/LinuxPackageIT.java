package dev.firebreak.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux package as a user gets it ({@code mvn -Ppackage verify} builds it first): the .deb unpacked into a
 * temporary root, its maintainer script run against that root (DPKG_ROOT, as {@code dpkg --root} does), then the
 * {@code firebreak} command from {@code /usr/bin} — on the bundled runtime, with the archives made at installation.
 */
@EnabledOnOs(OS.LINUX)
@EnabledIfSystemProperty(named = "firebreak.packages", matches = ".+") // set by -Ppackage, which builds the .deb
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinuxPackageIT {
    @TempDir
    static Path root;
    @TempDir
    static Path work;
    static Map<String, String> env;

    @BeforeAll
    static void install() throws IOException {
        Path packages = Path.of(System.getProperty("firebreak.packages"));
        Path deb;
        try (Stream<Path> files = Files.list(packages)) {
            deb = files.filter(file -> file.toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .deb in " + packages + ": mvn -Ppackage verify builds it"));
        }
        // -Xshare:on: the JVM refuses to start unless it maps the class-data-sharing archive
        env = Map.of("FIREBREAK_HOME", work.resolve("home").toString(), "FIREBREAK_JAVA_OPTS", "-Xshare:on",
                "DPKG_ROOT", root.toString());
        assertThat(run(List.of("dpkg", "-x", deb.toString(), root.toString())).exitCode()).isZero();
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), work.resolve("control").toString())).exitCode())
                .isZero();
        ProcessResult postinst = run(List.of("sh", work.resolve("control/postinst").toString(), "configure"));
        assertThat(postinst.exitCode()).as(postinst.output()).isZero();
        assertThat(postinst.output()).isEmpty();
    }

    @Test
    void theCommandOnPathPrintsItsVersionOnTheBundledRuntime() {
        assertThat(Files.isSymbolicLink(root.resolve("usr/bin/firebreak"))).isTrue();
        ProcessResult version = run(List.of(command(), "--version"));
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.stdout()).startsWith("firebreak 0.");
    }

    @Test
    void lintFailsOnADropTableMigration() throws IOException {
        Path migration = Files.writeString(work.resolve("V2__drop_customers.sql"), "DROP TABLE customers;\n");
        ProcessResult lint = run(List.of(command(), "lint", migration.toString()));
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.stdout()).contains("error[drop-table] drops table `customers`");
    }

    /**
     * SQLite's native library comes from the package (lib/native): the driver would otherwise copy it out of its jar
     * into the temp dir on every start, and with no usable temp dir the journal would not open at all.
     */
    @Test
    void theJournalOpensWithoutATempDirForSqlitesNativeLibrary() throws IOException {
        Path notADirectory = Files.writeString(work.resolve("not-a-directory"), "");
        Map<String, String> withoutTmp = new HashMap<>(env);
        withoutTmp.put("FIREBREAK_JAVA_OPTS", env.get("FIREBREAK_JAVA_OPTS") + " -Djava.io.tmpdir=" + notADirectory);
        ProcessResult list = ProcessResult.run(work, withoutTmp, List.of(command(), "incident", "list"));
        assertThat(list.exitCode()).as(list.output()).isZero();
    }

    @Test
    void theConsoleShowsItsFirstFrameWithItsArchive() {
        ProcessResult console = run(List.of("xvfb-run", "-a", "env", "NO_AT_BRIDGE=1",
                "JAVA_TOOL_OPTIONS=-Xshare:on -Dfirebreak.exitAfterFirstFrame=true", command()));
        assertThat(console.exitCode()).as(console.output()).isZero();
        assertThat(console.stdout()).contains("firebreak: first frame after");
    }

    @Test
    void theDesktopEntryIsInTheDevelopmentMenu() throws IOException {
        Path entry = root.resolve("opt/firebreak/lib/firebreak-Firebreak.desktop");
        assertThat(Files.readString(entry)).contains("Exec=/opt/firebreak/bin/firebreak", "Categories=Development");
    }

    @Test
    void backupManifestsAreAssociatedWithTheConsole() throws IOException {
        Path lib = root.resolve("opt/firebreak/lib");
        assertThat(Files.readString(lib.resolve("firebreak-Firebreak-MimeInfo.xml")))
                .contains("<mime-type type=\"application/vnd.firebreak.manifest+json\">",
                        "<glob pattern=\"*.firebreak\"");
        assertThat(Files.readString(lib.resolve("firebreak-Firebreak.desktop")))
                .contains("MimeType=application/vnd.firebreak.manifest+json", "Exec=/opt/firebreak/bin/firebreak %f");
    }

    @Test
    void theCommandOpensABackupManifestInTheConsole() throws IOException {
        Path manifest = backupInTheStore();
        ProcessResult console = run(List.of("xvfb-run", "-a", "env", "NO_AT_BRIDGE=1",
                "JAVA_TOOL_OPTIONS=-Dfirebreak.exitAfterFirstFrame=true", command(), manifest.toString()));
        // the command line would have refused the argument (exit 2); an error dialog at exit would crash JavaFX
        assertThat(console.exitCode()).as(console.output()).isZero();
        assertThat(console.stdout()).contains("firebreak: first frame after");
    }

    @Test
    void theCommandOpensARepositoryFolderInTheConsole() throws Exception {
        Path repository = Files.createDirectories(work.resolve("shop repo"));
        Git.init().setDirectory(repository.toFile()).call().close();
        ProcessResult console = run(List.of("xvfb-run", "-a", "env", "NO_AT_BRIDGE=1",
                "JAVA_TOOL_OPTIONS=-Dfirebreak.exitAfterFirstFrame=true", command(), repository.toString()));
        // with the command line's class path (no JavaFX) this was a NoClassDefFoundError
        assertThat(console.exitCode()).as(console.output()).isZero();
        assertThat(console.stdout()).contains("firebreak: first frame after");
    }

    /** A backup of the profile {@code shop} as the store keeps it, with a stand-in archive: the console only lists it. */
    private static Path backupInTheStore() throws IOException {
        FirebreakHome home = new FirebreakHome(Path.of(env.get(FirebreakHome.ENV)));
        new ProfileStore(home).save(new ConnectionProfile("shop", "localhost", 5432, "shop", "app", "disable"));
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        BackupManifest backup = new BackupManifest("shop-20261130-020000", "shop", "shop", "localhost", 5432, "app",
                "disable", "15.15", "15.15", ArchiveFormat.CUSTOM, "gzip level 6", at.minusSeconds(60), at, 7, "0".repeat(64),
                List.of(), BackupLabel.MANUAL, "firebreak test", List.of());
        Path folder = Files.createDirectories(home.root().resolve("backups/shop"));
        Files.writeString(folder.resolve(backup.id() + ".dump"), "archive");
        return Files.write(folder.resolve(backup.id() + ".firebreak"), ManifestJson.write(backup));
    }

    @Test
    @Order(Integer.MAX_VALUE) // the last step of the package's life
    void removingThePackageTakesTheCommandAndTheArchivesAlong() throws IOException {
        ProcessResult prerm = run(List.of("sh", work.resolve("control/prerm").toString(), "remove"));
        assertThat(prerm.exitCode()).as(prerm.output()).isZero();
        assertThat(root.resolve("usr/bin/firebreak")).doesNotExist();
        try (Stream<Path> cds = Files.list(root.resolve("opt/firebreak/lib/cds"))) {
            assertThat(cds.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".jsa"));
        }
    }

    private static String command() {
        return root.resolve("usr/bin/firebreak").toString();
    }

    private static ProcessResult run(List<String> command) {
        return ProcessResult.run(work, env, command);
    }
}
