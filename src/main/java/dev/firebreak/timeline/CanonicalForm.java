package dev.firebreak.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * THE canonical form of an entry, the one place that defines what its hash covers. It is compact JSON (no
 * whitespace, UTF-8) with exactly these members in this order:
 * <pre>
 * {"v":1,"id":7,"incident":2,"occurred_at":"2026-12-01T02:03:00+01:00","ended_at":null,
 *  "recorded_at":"2026-12-01T01:04:12.345Z","author":"Ana","kind":"action","source":"manual","text":"…",
 *  "references":[{"type":"commit","value":"ab12…"}],"pinned":false,"corrects":null,"correction":null,
 *  "previous_hash":"<64 hex>"}
 * </pre>
 * Times: {@code occurred_at}/{@code ended_at} as ISO-8601 with offset, whole seconds; {@code recorded_at} as an
 * ISO-8601 UTC instant, whole milliseconds. The database stores the same strings. The hash is the lower-case hex
 * SHA-256 of those bytes; the first entry's previous hash is {@link #GENESIS}.
 */
public final class CanonicalForm {
    public static final String GENESIS = "0".repeat(64);
    private static final JsonFactory JSON = new JsonFactory();

    private CanonicalForm() {
    }

    public static String of(Entry entry) {
        StringWriter text = new StringWriter(512);
        write(entry, text);
        return text.toString();
    }

    /** The canonical form into {@code text}, a writer in memory. */
    static void write(Entry entry, Writer text) {
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            writeMembers(json, entry);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
    }

    /**
     * Writes the canonical members, in their order, into an object {@code json} has started: streamed straight to
     * the generator, so hashing or exporting 100,000 entries builds no tree per entry.
     */
    public static void writeMembers(JsonGenerator json, Entry entry) throws IOException {
        json.writeNumberField("v", 1);
        json.writeNumberField("id", entry.id());
        json.writeNumberField("incident", entry.incident());
        json.writeStringField("occurred_at", time(entry.occurredAt()));
        json.writeStringField("ended_at", entry.endedAt() == null ? null : time(entry.endedAt()));
        json.writeStringField("recorded_at", instant(entry.recordedAt()));
        json.writeStringField("author", entry.author());
        json.writeStringField("kind", entry.kind().label());
        json.writeStringField("source", entry.source().label());
        json.writeStringField("text", entry.text());
        json.writeArrayFieldStart("references");
        for (Reference reference : entry.references()) {
            json.writeStartObject();
            json.writeStringField("type", reference.type().name().toLowerCase(Locale.ROOT));
            json.writeStringField("value", reference.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("pinned", entry.pinned());
        if (entry.correction() == null) {
            json.writeNullField("corrects");
            json.writeNullField("correction");
        } else {
            json.writeNumberField("corrects", entry.correction().target());
            json.writeStringField("correction", entry.correction().type().name().toLowerCase(Locale.ROOT));
        }
        json.writeStringField("previous_hash", entry.previousHash());
    }

    public static String hash(Entry entry) {
        return CanonicalHasher.hash(entry);
    }

    /** Occurrence times as stored and hashed: whole seconds, with the offset they were captured in. */
    public static String time(OffsetDateTime time) {
        OffsetDateTime seconds = time.truncatedTo(ChronoUnit.SECONDS);
        if (!fourDigitYear(seconds.getYear())) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(seconds);
        }
        return dateTime(new StringBuilder(25), seconds.toLocalDateTime()).append(seconds.getOffset().getId()).toString();
    }

    public static String instant(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime utc = LocalDateTime.ofEpochSecond(millis.getEpochSecond(), 0, ZoneOffset.UTC);
        if (!fourDigitYear(utc.getYear())) {
            return DateTimeFormatter.ISO_INSTANT.format(millis);
        }
        StringBuilder text = dateTime(new StringBuilder(24), utc);
        int milli = millis.getNano() / 1_000_000;
        if (milli != 0) {
            text.append('.');
            digits(text, milli, 3);
        }
        return text.append('Z').toString();
    }

    /** What ISO-8601 formatting prints, written by hand: a DateTimeFormatter costs more than hashing the entry. */
    private static StringBuilder dateTime(StringBuilder text, LocalDateTime time) {
        digits(text, time.getYear(), 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append('T');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        return digits(text, time.getSecond(), 2);
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** Years outside 0000–9999 get a sign in ISO-8601: left to the standard formatter. */
    private static boolean fourDigitYear(int year) {
        return year >= 0 && year <= 9999;
    }
}
