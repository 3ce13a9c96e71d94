package dev.firebreak.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of one query on {@code entries} into entries, by column position. What repeats from row to row, the
 * author and the hash the row before ended with, is kept once rather than once per entry: a 100,000-entry incident
 * held in memory is that much smaller for the garbage collector to copy.
 */
final class EntryReader {
    private final JournalDialect dialect;
    private String author = "";
    private String hash = "";

    EntryReader(JournalDialect dialect) {
        this.dialect = dialect;
    }

    /** By position, in the order of EntryRows' columns: a lookup by name per cell adds up over 100,000 rows. */
    Entry read(ResultSet row) throws SQLException {
        String endedAt = dialect.text(row, 4);
        long corrects = row.getLong(12);
        String correction = dialect.text(row, 13);
        author = shared(dialect.text(row, 6), author);
        String previousHash = shared(dialect.text(row, 14), hash);
        hash = dialect.text(row, 15);
        return new Entry(row.getLong(1), row.getLong(2), StoredTime.offsetDateTime(dialect.text(row, 3)),
                endedAt == null ? null : StoredTime.offsetDateTime(endedAt), StoredTime.instant(dialect.text(row, 5)),
                author, EntryKind.valueOf(dialect.text(row, 7)), dialect.text(row, 9),
                EntrySource.valueOf(dialect.text(row, 8)), references(dialect.text(row, 10)), row.getBoolean(11),
                correction == null ? null : new Correction(corrects, Correction.Type.valueOf(correction.toUpperCase(Locale.ROOT))),
                previousHash, hash);
    }

    private static String shared(String read, String last) {
        return last.equals(read) ? last : read;
    }

    private static List<Reference> references(String json) throws SQLException {
        if ("[]".equals(json)) {
            return List.of(); // most entries: spares Jackson on every row of a 100,000-entry incident
        }
        try {
            return EntryRows.JSON.readValue(json, new TypeReference<List<Reference>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable references " + json, e);
        }
    }
}
