package dev.firebreak.protect;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code pitr find}: reads the WAL received since a base backup with pg_waldump and lists the transactions that
 * dropped, truncated or emptied tables, named through that base backup's catalog (later ones and the live catalog name
 * tables created since). Reads only our own files; the live server is asked for its catalog, and nothing else.
 */
final class DestructiveTransactionSearch {
    private final ProtectionStore store;
    private final ReplicationTools tools;
    private final Clock clock;

    DestructiveTransactionSearch(ProtectionStore store, ReplicationTools tools, Clock clock) {
        this.store = store;
        this.tools = tools;
        this.clock = clock;
    }

    SearchReport find(Database database, SearchRequest request, ProgressMonitor monitor) {
        String profile = database.profile().name();
        Protection protection = store.require(profile);
        BaseBackup backup = chosen(profile, request);
        List<String> warnings = new ArrayList<>();
        WalArchive archive = WalArchive.scan(store.wal(profile), protection.segmentSize());
        requireWalAfter(profile, archive, backup);
        archive.gaps().stream().filter(gap -> gap.to().compareTo(backup.startLsn()) > 0).forEach(gap -> warnings.add(
                "WAL from " + gap + " is missing: the search stops where it begins."));
        FileCatalog catalog = catalog(database, backup, warnings);
        PgTool waldump = tools.requireWalDump(protection.serverMajor());

        DestructiveTransactionFinder finder = new DestructiveTransactionFinder(catalog, request.thresholds());
        monitor.update("Reading the WAL since base backup " + backup.id() + " with pg_waldump " + waldump.version(), -1, -1);
        WalDump.Ended ended;
        try (WalReadFolder folder = WalReadFolder.of(store.wal(profile), archive, backup.startLsn(), store.folder(profile))) {
            ended = WalDump.read(waldump, folder.path(), backup.startLsn(), backup.timeline(),
                    line -> WalRecord.parse(line).ifPresent(finder::accept), monitor);
        }
        if (finder.records() == 0) {
            throw new UserFacingException("pg_waldump read no WAL of '" + profile + "' from " + backup.startLsn() + " on: "
                    + (ended.errors().isEmpty() ? "it exited with code " + ended.exitCode() : ended.errors())
                    + ". Check the files in " + store.wal(profile) + " (firebreak protect status --profile " + profile + ").");
        }
        List<DestructiveTransaction> found = finder.found().stream()
                .filter(transaction -> transaction.lsn().isAtLeast(backup.endLsn())) // replay cannot stop inside the backup
                .filter(transaction -> request.since() == null || !transaction.committedAt().isBefore(request.since()))
                .filter(transaction -> request.table() == null || transaction.touches(request.table()))
                .toList();
        return new SearchReport(profile, backup.id(), backup.startLsn(), finder.lastRead().orElseThrow(),
                finder.lastCommit().orElse(null), found, List.copyOf(warnings));
    }

    /**
     * The oldest usable base backup, whose WAL reaches furthest back; with {@code --since}, the newest that ended before
     * it, which reads the least WAL.
     */
    private BaseBackup chosen(String profile, SearchRequest request) {
        List<BaseBackup> usable = store.baseBackups(profile).stream()
                .filter(backup -> backup.verified() == null || backup.verified().ok()).toList();
        if (usable.isEmpty()) {
            throw new UserFacingException("Profile '" + profile + "' has no usable base backup, so there is no WAL to "
                    + "search after one. Take one: firebreak protect base-backup --profile " + profile);
        }
        if (request.since() != null) {
            Optional<BaseBackup> before = usable.stream().filter(backup -> !backup.endedAt().isAfter(request.since()))
                    .max(Comparator.comparing(BaseBackup::endedAt));
            if (before.isPresent()) {
                return before.get();
            }
        }
        return usable.get(0);
    }

    private void requireWalAfter(String profile, WalArchive archive, BaseBackup backup) {
        long first = backup.startLsn().segment(archive.segmentSize());
        if (archive.segments().stream().noneMatch(segment -> segment.number() >= first)) {
            throw new UserFacingException("No WAL of '" + profile + "' has been received since base backup " + backup.id()
                    + " began (" + backup.startLsn() + "), so there is nothing to search. Stream it with: firebreak "
                    + "protect run --profile " + profile);
        }
        if (archive.segments().stream().noneMatch(segment -> segment.number() == first)) {
            throw new UserFacingException("The WAL received for '" + profile + "' begins after base backup " + backup.id()
                    + " began (" + backup.startLsn() + "): the transactions in between cannot be read. Take a new base "
                    + "backup while protect run is streaming: firebreak protect base-backup --profile " + profile);
        }
    }

    /** The chosen backup's catalog, with later backups' and the live one's for files created since. */
    private FileCatalog catalog(Database database, BaseBackup backup, List<String> warnings) {
        String profile = database.profile().name();
        List<CatalogSnapshot> later = new ArrayList<>();
        store.baseBackups(profile).stream().filter(other -> other.startLsn().compareTo(backup.startLsn()) > 0)
                .forEach(other -> store.catalog(profile, other).ifPresent(later::add));
        try (Connection connection = database.connect()) {
            later.add(CatalogSnapshot.take(connection, clock.instant()));
        } catch (SQLException | UserFacingException e) {
            warnings.add("The server could not be asked for its tables (" + e.getMessage() + "): tables created since "
                    + "the newest base backup are not named.");
        }
        Optional<CatalogSnapshot> own = store.catalog(profile, backup);
        if (own.isPresent()) {
            return new FileCatalog(own.get(), later);
        }
        if (later.isEmpty()) {
            throw new UserFacingException("Base backup " + backup.id() + " of '" + profile + "' has no catalog.json and "
                    + "the server cannot be asked for its tables, so the WAL's file numbers cannot be named. Nothing was "
                    + "changed. Try again when the server answers.");
        }
        warnings.add("Base backup " + backup.id() + " has no catalog.json: tables are named as they are now, and sizes "
                + "are unknown.");
        CatalogSnapshot named = later.get(0);
        return new FileCatalog(new CatalogSnapshot(named.databaseOid(), named.database(), named.lsn(), named.takenAt(),
                List.of()), later);
    }
}
