package dev.firebreak.backup.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.core.ProcessLock;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scratch databases of a database's restores and verifies on the real server: the ones nobody works on are found with
 * their size and dropped; one a live run holds, one someone is connected to and other databases' are left alone.
 */
class ScratchDatabasesTest {
    private static final Instant AT = Instant.parse("2026-12-08T02:45:00Z");

    @TempDir
    Path tmp;

    @Test
    void onlyUnclaimedScratchDatabasesOfThisDatabaseAreLeftoversAndDropped() throws Exception {
        String live = "shop \"q\"/" + ProcessHandle.current().pid(); // every identifier quoted, in SQL and lock file names
        create(live);
        String stale = create(DatabaseNames.scratch(live, ScratchPurpose.VERIFY, AT));
        TestPostgres.superuser(stale, "CREATE TABLE rows AS SELECT g FROM generate_series(1, 100000) g");
        awaitNoSession(stale); // a closed connection's server process ends a moment later; until then it is in use
        String held = create(DatabaseNames.scratch(live, ScratchPurpose.RESTORING, AT));
        String connected = create(DatabaseNames.scratch(live, ScratchPurpose.TABLES, AT));
        String othersScratch = create(DatabaseNames.scratch("other" + ProcessHandle.current().pid(), ScratchPurpose.VERIFY, AT));
        String notOurs = create(live + "_fbverify_yesterday");
        Path locks = tmp.resolve("scratch");
        ScratchDatabases scratch = new ScratchDatabases(TestPostgres.database(tmp, "shop", live), locks);

        List<ScratchDatabase> found;
        try (ProcessLock restoreRunning = ScratchLock.take(locks, held);
             Connection session = TestPostgres.server().getDatabase("postgres", connected).getConnection()) {
            found = scratch.leftovers();
            assertThat(found).extracting(ScratchDatabase::name).containsExactly(stale);
            assertThat(found.get(0).bytes()).as("pg_database_size").isGreaterThan(3_000_000);
            assertThat(found.get(0).what()).isEqualTo("the scratch database of a test restore (verify) that was interrupted");

            assertThat(scratch.drop(found)).extracting(ScratchDatabase::name).containsExactly(stale);
            assertThat(TestPostgres.exists(stale)).isFalse();
            assertThat(List.of(live, held, connected, othersScratch, notOurs)).allMatch(TestPostgres::exists);
        }

        assertThat(scratch.leftovers()).as("once their run and session ended").extracting(ScratchDatabase::name,
                ScratchDatabase::purpose).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(held, ScratchPurpose.RESTORING),
                org.assertj.core.groups.Tuple.tuple(connected, ScratchPurpose.TABLES));
        scratch.drop(scratch.leftovers()); // the suite's server is shared: other tests count its databases
        for (String name : List.of(othersScratch, notOurs, live)) {
            TestPostgres.superuser("postgres", "DROP DATABASE " + Identifiers.quote(name));
        }
    }

    private static void awaitNoSession(String database) throws InterruptedException {
        for (int i = 0; i < 200 && TestPostgres.count("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                + database.replace("'", "''") + "'") > 0; i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void aShortenedNameIsStillRecognisedAsTheScratchDatabaseOfItsDatabase() {
        String longName = "a_database_name_long_enough_that_the_scratch_suffix_must_cut_it";
        String scratch = DatabaseNames.scratch(longName, ScratchPurpose.RESTORING, AT);

        assertThat(scratch).hasSize(Identifiers.MAX_LENGTH).endsWith("_fbrestoring_20261208_024500");
        assertThat(DatabaseNames.scratchPurpose(longName, scratch)).contains(ScratchPurpose.RESTORING);
        assertThat(DatabaseNames.scratchPurpose("b" + longName.substring(1), scratch)).isEmpty();
        assertThat(DatabaseNames.scratchPurpose("shop", "shop_fbverify_20261208_0245")).isEmpty();
        assertThat(DatabaseNames.scratchPurpose("shop", "shop_restored_20261208_0245")).isEmpty();
    }

    private static String create(String name) {
        TestPostgres.superuser("postgres", "CREATE DATABASE " + Identifiers.quote(name) + " OWNER " + TestPostgres.USER);
        return name;
    }
}
