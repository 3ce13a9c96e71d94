package dev.firebreak.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.sql.Finding;
import dev.firebreak.sql.Severity;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names findings print, resolved and counted by the real server the way the migration's statement would. */
class LiveRowCountsTest {
    @TempDir
    Path tmp;

    @Test
    void quotedQualifiedAndSchemaNamesAreCountedAndNamesThatAreNoTableCostNothing() throws Exception {
        String name = TestPostgres.newDatabase("counts");
        TestPostgres.superuser(name, "SET ROLE " + TestPostgres.USER,
                "CREATE SCHEMA \"Sales\"",
                "CREATE TABLE \"Sales\".\"Order Items\" AS SELECT i FROM generate_series(1, 3) i",
                "CREATE TABLE \"Sales\".refunds AS SELECT i FROM generate_series(1, 4) i",
                "CREATE TABLE \"weird\"\"name\" AS SELECT i FROM generate_series(1, 2) i",
                "CREATE VIEW recent AS SELECT 1 AS x");
        try (Connection connection = TestPostgres.database(tmp, "counts", name).connect()) {
            LiveRowCounts counts = LiveRowCounts.on(connection);

            assertThat(counts.count("\"Sales\".\"Order Items\"")).isEqualTo(new TableRows("\"Sales\".\"Order Items\"", "table", 3));
            assertThat(counts.count("\"weird\"\"name\"").rows()).isEqualTo(2);
            assertThat(counts.count("\"Sales\"")).isEqualTo(new TableRows("\"Sales\"", "schema", 7));
            assertThat(counts.count("Sales").exists()).as("unquoted folds to sales, which does not exist").isFalse();
            assertThat(counts.count("recent").exists()).as("a view holds no rows of its own").isFalse();
            assertThat(counts.count("#{table}").exists()).isFalse();
            assertThat(counts.count("nowhere.customers").exists()).isFalse();
        }
    }

    @Test
    void theColumnOfADropColumnIsNotTakenForATable() {
        assertThat(TouchedTables.of(finding("drops column `customers` of `archive`"))).containsExactly("archive");
        assertThat(TouchedTables.of(finding("drops table `a` and all its rows; CASCADE also takes `b`, `a`")))
                .containsExactly("a", "b");
        assertThat(TouchedTables.of(finding("drops schema `\"Sales\"` and every table in it"))).containsExactly("\"Sales\"");
    }

    private static Finding finding(String message) {
        return new Finding("V1.sql", 1, 1, 1, "drop-column", Severity.ERROR, message, "", "", false);
    }
}
