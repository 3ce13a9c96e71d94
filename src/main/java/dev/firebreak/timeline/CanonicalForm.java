package dev.firebreak.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalForm() {
    }

    public static String of(Entry entry) {
        return json(entry).toString();
    }

    /** The canonical members as a JSON object, a fresh copy callers may add to (exports add the hash). */
    public static ObjectNode json(Entry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", 1);
        node.put("id", entry.id());
        node.put("incident", entry.incident());
        node.put("occurred_at", time(entry.occurredAt()));
        node.put("ended_at", entry.end().map(CanonicalForm::time).orElse(null));
        node.put("recorded_at", instant(entry.recordedAt()));
        node.put("author", entry.author());
        node.put("kind", entry.kind().label());
        node.put("source", entry.source().label());
        node.put("text", entry.text());
        ArrayNode references = node.putArray("references");
        entry.references().forEach(reference -> references.addObject()
                .put("type", reference.type().name().toLowerCase(Locale.ROOT)).put("value", reference.value()));
        node.put("pinned", entry.pinned());
        node.put("corrects", entry.corrects().map(Correction::target).orElse(null));
        node.put("correction", entry.corrects().map(c -> c.type().name().toLowerCase(Locale.ROOT)).orElse(null));
        node.put("previous_hash", entry.previousHash());
        return node;
    }

    public static String hash(Entry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Occurrence times as stored and hashed: whole seconds, with the offset they were captured in. */
    public static String time(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
