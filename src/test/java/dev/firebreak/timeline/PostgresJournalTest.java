package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team journal on a real PostgreSQL server: the same Flyway schema, and two machines appending keep one chain. */
class PostgresJournalTest {
    private static final int APPENDS_PER_WRITER = 60;

    static EmbeddedPostgres server;
    static int databases;
    String url;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.start();
    }

    /** Each test gets its own empty database, as a team's new shared journal would be. */
    @BeforeEach
    void freshDatabase() throws Exception {
        String name = "journal_" + ++databases;
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        url = server.getJdbcUrl("postgres", name);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void twoWritersAppendingAtOnceKeepOneIntactChainAndAnEditIsNamed() throws Exception {
        try (Journal laptopA = Journal.open(url, Clock.systemUTC(), "ana");
             Journal laptopB = Journal.open(url, Clock.systemUTC(), "ben")) {
            long incident = laptopA.openIncident("Orders table dropped", Severity.SEV1, EntrySource.CLI).id();

            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> appendMany(laptopA, incident));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> appendMany(laptopB, incident));
            CompletableFuture.allOf(a, b).join();

            List<Entry> entries = laptopB.entries();
            assertThat(entries).hasSize(1 + 2 * APPENDS_PER_WRITER);
            assertThat(entries).extracting(Entry::id).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, entries.size()).mapToObj(Long::valueOf).toList());
            assertThat(entries).extracting(Entry::author).contains("ana", "ben");
            assertThat(laptopA.verify().intact()).isTrue();

            try (Connection sql = DriverManager.getConnection(url)) {
                sql.createStatement().executeUpdate("UPDATE entries SET author = 'nobody' WHERE id = 17");
            }
            assertThat(laptopB.verify().firstBroken()).contains(17L);
        }
    }

    @Test
    void aConsoleFollowingTheSharedJournalHearsOfAnotherMachinesAppend() throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        try (Journal console = Journal.open(url, Clock.systemUTC(), "ana");
             Journal otherMachine = Journal.open(url, Clock.systemUTC(), "ben");
             AutoCloseable following = console.follow(heard::countDown)) {
            long incident = otherMachine.target().id();
            assertThat(heard.await(1, TimeUnit.SECONDS)).as("nothing appended yet").isFalse();
            otherMachine.append(NewEntry.of(incident, OffsetDateTime.now(), EntryKind.NOTE, "restore started", EntrySource.CLI));
            assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void appendMany(Journal journal, long incident) {
        for (int i = 0; i < APPENDS_PER_WRITER; i++) {
            journal.append(NewEntry.of(incident, OffsetDateTime.now(), EntryKind.NOTE, "entry " + i, EntrySource.CLI));
        }
    }
}
