package dev.firebreak.timeline;

import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Settings;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The incident journal: incidents and their append-only, hash-chained entries in one database chosen by a JDBC
 * URL. Appends run in one write transaction that locks first ({@code BEGIN IMMEDIATE} on SQLite, a table lock on
 * PostgreSQL), then reads the chain's head and inserts after it, so concurrent writers, in this process, other
 * processes or on other machines, always extend one chain.
 */
public final class Journal implements AutoCloseable {
    private final String url;
    private final Connection connection;
    private final JournalDialect dialect;
    private final Transactions transactions;
    private final Clock clock;
    private final Timeouts timeouts;
    /** Asked at the first write: finding the git user starts a process, which reading the journal never needs. */
    private final Supplier<String> whoWrites;
    private String author;

    private Journal(String url, Connection connection, JournalDialect dialect, Clock clock, Timeouts timeouts,
                    Supplier<String> whoWrites) {
        this.url = url;
        this.timeouts = timeouts;
        this.connection = connection;
        this.dialect = dialect;
        this.transactions = new Transactions(connection, dialect);
        this.clock = clock;
        this.whoWrites = whoWrites;
    }

    /** The journal at {@code jdbcUrl}: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DATABASE}. */
    public static Journal open(String jdbcUrl, Clock clock, String author) {
        return open(jdbcUrl, clock, Timeouts.DEFAULT, () -> author);
    }

    private static Journal open(String jdbcUrl, Clock clock, Timeouts timeouts, Supplier<String> whoWrites) {
        JournalDialect dialect = JournalDialect.of(jdbcUrl);
        return new Journal(jdbcUrl, JournalDatabase.open(jdbcUrl, dialect, timeouts), dialect, clock, timeouts, whoWrites);
    }

    /** The shared journal named in the settings, else {@code $FIREBREAK_HOME/journal.db}; as the git or OS user. */
    public static Journal open(FirebreakHome home, Settings settings, Clock clock) {
        String shared = settings.journalUrl;
        return shared == null || shared.isBlank() ? local(home, clock)
                : open(shared, clock, Timeouts.of(settings), Author::current);
    }

    /** {@code $FIREBREAK_HOME/journal.db}, as the git or OS user. */
    public static Journal local(FirebreakHome home, Clock clock) {
        return open(JournalDatabase.sqliteUrl(home.journal()), clock, Timeouts.DEFAULT, Author::current);
    }

    public Clock clock() {
        return clock;
    }

    /** Opens a new incident (status investigating) and journals that it was opened. */
    public synchronized Incident openIncident(String title, Severity severity, EntrySource source) {
        if (title == null || title.isBlank()) {
            throw new UserFacingException("An incident needs a title, e.g. firebreak incident open \"Orders table dropped\"");
        }
        OffsetDateTime now = now();
        String by = author();
        return transactions.write(() -> {
            Incident incident = new Incident(IncidentRows.nextId(connection), title.strip(), severity,
                    IncidentStatus.INVESTIGATING, now, by, Postmortem.EMPTY, false);
            IncidentRows.insert(connection, incident);
            appendInTransaction(NewEntry.of(incident.id(), now, EntryKind.MILESTONE,
                    "Incident opened: " + incident.title() + " (" + severity + ")", source), by);
            return incident;
        });
    }

    /** Appends {@code entry}; a milestone entry also moves its incident's status forward. */
    public synchronized Entry append(NewEntry entry) {
        if (entry.text().isBlank()) {
            throw new UserFacingException("Nothing to log: the text is empty");
        }
        if (entry.endedAt() != null && entry.endedAt().isBefore(entry.occurredAt())) {
            throw new UserFacingException("The span ends (" + entry.endedAt() + ") before it starts (" + entry.occurredAt() + ")");
        }
        String by = author();
        return transactions.write(() -> appendInTransaction(entry, by));
    }

    /** Journals "Resolved" now and marks the incident resolved. */
    public synchronized Entry resolve(long incidentId, EntrySource source) {
        Incident incident = incident(incidentId);
        if (!incident.isOpen()) {
            throw new UserFacingException("Incident " + incidentId + " is not open (" + incident.status().label() + ")");
        }
        return append(NewEntry.of(incidentId, now(), EntryKind.MILESTONE, Milestone.RESOLVED.title(), source));
    }

    public synchronized void savePostmortem(long incidentId, Postmortem postmortem) {
        incident(incidentId);
        transactions.write(() -> {
            IncidentRows.setPostmortem(connection, incidentId, postmortem);
            return null;
        });
    }

    public synchronized List<Incident> incidents() {
        return transactions.read(() -> IncidentRows.all(connection));
    }

    public synchronized Incident incident(long id) {
        return find(incidents(), id);
    }

    /** The newest open incident, if any; the standing Operations log never counts. */
    public synchronized Optional<Incident> openIncident() {
        List<Incident> all = incidents();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isOpen()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Where entries go when no incident is named: the open incident, else the Operations log (created once). */
    public synchronized Incident target() {
        return openIncident().orElseGet(() -> transactions.write(() -> {
            for (Incident incident : IncidentRows.all(connection)) {
                if (incident.operationsLog()) {
                    return incident;
                }
            }
            Incident log = new Incident(IncidentRows.nextId(connection), Incident.OPERATIONS_LOG, Severity.SEV4,
                    IncidentStatus.INVESTIGATING, now(), null, Postmortem.EMPTY, true);
            IncidentRows.insert(connection, log);
            return log;
        }));
    }

    public synchronized List<Entry> entries(long incidentId) {
        return entriesAfter(incidentId, 0);
    }

    /**
     * The incident's entries appended after entry {@code afterId}: what a reader of its entries up to that one has
     * not seen yet. Entry ids grow with the chain under the write lock, so none can appear below it later.
     */
    public synchronized List<Entry> entriesAfter(long incidentId, long afterId) {
        return transactions.read(() -> EntryRows.ofIncident(connection, dialect, incidentId, afterId));
    }

    /** Every entry in chain order. */
    public synchronized List<Entry> entries() {
        return transactions.read(() -> EntryRows.all(connection, dialect));
    }

    /**
     * Runs {@code onAppend} (on a listener thread) whenever another connection appends to a shared PostgreSQL
     * journal, until the returned handle is closed. A local SQLite journal has no other machines: nothing to follow.
     */
    public AutoCloseable follow(Runnable onAppend) {
        if (dialect != JournalDialect.POSTGRESQL) {
            return () -> { };
        }
        return JournalChanges.listen(url, dialect.properties(timeouts), onAppend);
    }

    /** Recomputes the whole journal's chain, streaming through it once. */
    public synchronized ChainVerification verify() {
        return transactions.read(() -> {
            ChainCheck check = new ChainCheck();
            EntryRows.forEach(connection, dialect, check);
            return check.result();
        });
    }

    /** The incident's entries and the whole journal's chain verified, from one read of the journal: an audit export. */
    public synchronized AuditedEntries audited(long incidentId) {
        return transactions.read(() -> {
            ChainCheck check = new ChainCheck();
            List<Entry> entries = new ArrayList<>();
            EntryRows.forEach(connection, dialect, entry -> {
                check.accept(entry);
                if (entry.incident() == incidentId) {
                    entries.add(entry);
                }
            });
            return new AuditedEntries(entries, check.result());
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new UserFacingException("Cannot close the journal: " + e.getMessage(), e);
        }
    }

    /** Before the write transaction: git runs while no other writer waits on the lock. */
    private String author() {
        if (author == null) {
            author = whoWrites.get();
        }
        return author;
    }

    private Entry appendInTransaction(NewEntry entry, String by) throws SQLException {
        Incident incident = find(IncidentRows.all(connection), entry.incident());
        Optional<Entry> head = EntryRows.last(connection, dialect);
        Entry unsigned = new Entry(head.map(e -> e.id() + 1).orElse(1L), entry.incident(),
                entry.occurredAt().truncatedTo(ChronoUnit.SECONDS),
                entry.endedAt() == null ? null : entry.endedAt().truncatedTo(ChronoUnit.SECONDS),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), by, entry.kind(), entry.text(), entry.source(),
                entry.references(), entry.pinned(), entry.correction(),
                head.map(Entry::hash).orElse(CanonicalForm.GENESIS), null);
        Entry signed = unsigned.withHash(CanonicalForm.hash(unsigned));
        EntryRows.insert(connection, signed);
        dialect.announceAppend(connection, signed.id());
        Optional<IncidentStatus> status = Milestone.of(entry.kind(), entry.text()).flatMap(Milestone::status)
                .map(incident.status()::advanceTo).filter(next -> next != incident.status());
        if (status.isPresent()) {
            IncidentRows.setStatus(connection, incident.id(), status.get());
        }
        return signed;
    }

    private static Incident find(List<Incident> incidents, long id) {
        return incidents.stream().filter(incident -> incident.id() == id).findFirst()
                .orElseThrow(() -> new UserFacingException("No incident " + id + ": firebreak incident list shows them all"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
