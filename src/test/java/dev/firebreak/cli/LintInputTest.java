package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input lint cannot check: a file too large for the heap, a file that is not text. Exit 2, named, no stack trace. */
class LintInputTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lint(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aFiftyFiveMegabyteOneLineFileAtA512MegabyteHeapEndsWithAClearErrorNotAStackTrace() throws Exception {
        Path huge = dir.resolve("V1__huge.sql");
        try (BufferedWriter writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String chunk = "INSERT INTO t VALUES (1); ".repeat(1000);
            for (long written = 0; written < 55L * 1024 * 1024; written += chunk.length()) {
                writer.write(chunk);
            }
            writer.write("DROP TABLE customers;");
        }
        Path output = dir.resolve("output.txt");
        Process lint = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.firebreak.Main",
                "lint", "--repo", dir.toString(), huge.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output);
        assertThat(lint.exitValue()).as(printed).isEqualTo(Cli.USAGE);
        assertThat(printed).contains(huge + " is 55 MB; Firebreak lints files up to 16 MB")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void aBinaryFileIsSkippedByNameAndTheRunDoesNotPass() throws Exception {
        Path binary = dir.resolve("V2__dump.sql");
        Files.write(binary, new byte[] {'P', 'G', 'D', 'M', 'P', 0, 1, 2, 0, 'D', 'R', 'O', 'P'});
        Path clean = Files.writeString(dir.resolve("V1__add.sql"), "CREATE TABLE t (id int);\n");
        assertThat(lint("lint", "--repo", dir.toString(), clean.toString(), binary.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("skipped " + binary + ": not a text file");
    }

    @Test
    void aBinarySqlFileInADirectoryIsSkippedByNameButOtherBinariesPassSilently() throws Exception {
        Files.write(dir.resolve("V2__dump.sql"), new byte[] {0, 1, 2});
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(dir.resolve("V1__add.sql"), "CREATE TABLE t (id int);\n");
        assertThat(lint("lint", "--repo", dir.toString(), dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("skipped " + dir.resolve("V2__dump.sql")).doesNotContain("logo.png");
    }

    @Test
    void exitCodesAreZeroCleanOneFindingsTwoNotFoundAndDocumentedInHelp() throws Exception {
        Path clean = Files.writeString(dir.resolve("V1__add.sql"), "CREATE TABLE t (id int);\n");
        Path drop = Files.writeString(dir.resolve("V2__drop.sql"), "DROP TABLE customers;\n");
        assertThat(lint("lint", "--repo", dir.toString(), clean.toString())).isEqualTo(Cli.OK);
        assertThat(lint("lint", "--repo", dir.toString(), drop.toString())).isEqualTo(Cli.FAILED);
        assertThat(lint("lint", "--repo", dir.toString(), dir.resolve("missing.sql").toString())).isEqualTo(Cli.USAGE);
        assertThat(lint("lint", "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("2   input error").contains("not text").contains("larger than 16 MB");
    }
}
