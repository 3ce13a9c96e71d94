package dev.firebreak.backup.pgtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of the machine's real pg_dump and pg_restore. */
class PgToolsTest {
    PgTools tools = PgTools.onThisMachine(System.getenv());

    @Test
    void findsTheInstalledClientToolsWithTheirVersions() {
        PgTool pgDump = tools.require("pg_dump", 15, "the server is PostgreSQL 15.15");

        assertThat(pgDump.major()).isGreaterThanOrEqualTo(15);
        assertThat(pgDump.version()).startsWith(pgDump.major() + ".");
        assertThat(tools.find("pg_restore")).isNotEmpty();
    }

    @Test
    void aTooOldToolNamesWhatWasFoundAndWhatToInstall() {
        assertThatThrownBy(() -> tools.require("pg_restore", 99, "the server is PostgreSQL 99.1"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Need pg_restore 99 or newer because the server is PostgreSQL 99.1, but only pg_restore [")
                .hasMessageContaining("apt-get install postgresql-client-99");
    }

    @Test
    void readsVersionLinesOfDistributionBuilds() {
        assertThat(PgTool.parse(Path.of("pg_dump"), "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"))
                .isEqualTo(new PgTool(Path.of("pg_dump"), 15, "15.18"));
        assertThat(PgTool.parse(Path.of("pg_dump"), "pg_dump (PostgreSQL) 17devel")).extracting(PgTool::major).isEqualTo(17);
        assertThat(PgTool.parse(Path.of("pg_dump"), "not postgres")).isNull();
    }

    @Test
    void asksEachProgramOnceAndAWrapperOnlyWhenThereIsNoRealBinary(@TempDir Path dir) throws IOException {
        Path real = fakeTool(dir.resolve("lib/15/bin"), "pg_dump", "echo 'pg_dump (PostgreSQL) 15.4'");
        Path wrapper = fakeTool(dir.resolve("share"), "pg_wrapper", "touch " + dir.resolve("wrapper-ran") + "; echo 'pg_dump (PostgreSQL) 15.4'");
        Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(dir.resolve("bin/pg_dump"), wrapper);
        Files.createSymbolicLink(dir.resolve("usrbin"), dir.resolve("lib/15/bin")); // like /bin -> /usr/bin

        List<PgTool> found = new PgTools(List.of(dir.resolve("bin"), dir.resolve("lib/15/bin"), dir.resolve("usrbin"))).find("pg_dump");

        assertThat(found).containsExactly(new PgTool(real, 15, "15.4"));
        assertThat(dir.resolve("wrapper-ran")).doesNotExist();
        assertThat(new PgTools(List.of(dir.resolve("bin"))).find("pg_dump"))
                .containsExactly(new PgTool(dir.resolve("bin/pg_dump"), 15, "15.4"));
        assertThat(dir.resolve("wrapper-ran")).exists();
    }

    private static Path fakeTool(Path dir, String name, String body) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
