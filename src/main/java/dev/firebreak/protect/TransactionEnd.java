package dev.firebreak.protect;

import dev.firebreak.core.UserFacingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Transaction record that ends a transaction, read from its pg_waldump description:
 * {@code COMMIT 2026-12-08 01:30:15.285683 UTC; rels: base/16384/16386 …; dropped stats: 2/16384/16386 …; subxacts: 743}.
 * pg_waldump prints the time in its own zone, so it runs with {@code TZ=UTC} and only a UTC time is accepted.
 *
 * @param xid           the top-level transaction (for a prepared transaction the one named in the record, not the header)
 * @param droppedFiles  the files the commit removes: a dropped table's, or a truncated or rewritten table's old ones
 * @param droppedStats  the relations (tables, indexes) whose statistics the commit removes: those that no longer exist
 * @param subxacts      savepoints' transactions whose changes end with this one
 */
public record TransactionEnd(long xid, Lsn lsn, boolean committed, Instant at, List<RelFile> droppedFiles,
                             List<RelFile> droppedStats, List<Long> subxacts) {
    private static final List<String> ENDS = List.of("COMMIT", "ABORT", "COMMIT_PREPARED", "ABORT_PREPARED");
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    /** pgstat kind of a relation's statistics in {@code dropped stats: kind/database/oid} (PostgreSQL 15+). */
    private static final String RELATION_STATS = "2";

    /** The end a record stands for, or empty when it is another record. */
    public static Optional<TransactionEnd> of(WalRecord record) {
        if (!record.resourceManager().equals("Transaction") || !ENDS.contains(record.operation())) {
            return Optional.empty();
        }
        String rest = record.description().substring(record.operation().length()).strip();
        long xid = record.xid();
        if (record.operation().endsWith("_PREPARED")) { // "COMMIT_PREPARED 745: 2026-… UTC; …"
            int colon = rest.indexOf(": ");
            xid = Long.parseLong(rest.substring(0, colon));
            rest = rest.substring(colon + 2);
        }
        String[] parts = rest.split("; ");
        List<RelFile> files = new ArrayList<>();
        List<RelFile> stats = new ArrayList<>();
        List<Long> subxacts = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("rels: ")) {
                words(part).forEach(path -> RelFile.ofPath(path).ifPresent(files::add));
            } else if (part.startsWith("dropped stats: ")) {
                for (String entry : words(part)) {
                    String[] kindDbOid = entry.split("/");
                    if (kindDbOid.length == 3 && kindDbOid[0].equals(RELATION_STATS)) {
                        stats.add(new RelFile(Long.parseLong(kindDbOid[1]), Long.parseLong(kindDbOid[2])));
                    }
                }
            } else if (part.startsWith("subxacts: ")) {
                words(part).forEach(id -> subxacts.add(Long.parseLong(id)));
            }
        }
        return Optional.of(new TransactionEnd(xid, record.lsn(), record.operation().startsWith("COMMIT"), time(parts[0]),
                List.copyOf(files), List.copyOf(stats), List.copyOf(subxacts)));
    }

    /** The words after the {@code name:} that starts {@code part}. */
    private static List<String> words(String part) {
        String list = part.substring(part.indexOf(':') + 1).strip();
        return list.isEmpty() ? List.of() : List.of(list.split("\\s+"));
    }

    private static Instant time(String text) {
        if (!text.endsWith(" UTC")) {
            throw new UserFacingException("pg_waldump printed a commit time that is not in UTC ('" + text + "'), so it "
                    + "cannot be read without guessing the zone. Nothing was changed.");
        }
        try {
            return LocalDateTime.parse(text.substring(0, text.length() - 4), TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("pg_waldump printed a commit time Firebreak cannot read: '" + text + "'.", e);
        }
    }
}
