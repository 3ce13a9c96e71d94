package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a journal runs Flyway only when its schema is behind: an older journal is still upgraded. */
class JournalSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void theLatestVersionIsTheNewestMigration() {
        MigrationInfo[] all = Flyway.configure().dataSource("jdbc:sqlite:" + tmp.resolve("new.db"), null, null)
                .locations(JournalDatabase.MIGRATIONS).load().info().all();
        assertThat(Arrays.stream(all).map(info -> info.getVersion().getVersion()).reduce((a, b) -> b))
                .contains(JournalDatabase.LATEST_VERSION);
    }

    @Test
    void aJournalOfAnOlderSchemaIsUpgradedWhenOpened() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).locations(JournalDatabase.MIGRATIONS).target("1").load().migrate();
        assertThat(indexes(url)).contains(" entries_incident ").doesNotContain("entries_incident_order");

        Journal.open(url, Clock.systemUTC(), "Ana").close();

        assertThat(indexes(url)).contains("entries_incident_order").doesNotContain(" entries_incident ");
    }

    private static String indexes(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'")) {
            rows.next();
            return " " + rows.getString(1) + " ";
        }
    }
}
