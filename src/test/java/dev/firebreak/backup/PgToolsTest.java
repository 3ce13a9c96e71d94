package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
