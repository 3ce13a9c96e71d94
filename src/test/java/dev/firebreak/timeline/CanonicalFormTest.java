package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashes written by earlier versions must verify forever: these were computed by the first implementation of the
 * canonical form (a Jackson tree printed compactly), so any faster way of writing it must give the same bytes.
 */
class CanonicalFormTest {
    @Test
    void anEntryWithEveryMemberAndAwkwardTextKeepsItsHash() {
        Entry tricky = new Entry(42, 3, OffsetDateTime.parse("2026-03-29T01:59:30+01:00"),
                OffsetDateTime.parse("2026-03-29T03:10:00+02:00"), Instant.parse("2026-03-29T01:10:00.123Z"),
                "Zoë \"ops\" Ångström", EntryKind.ACTION,
                "rebuilt <orders> from e-mails \\ | tab\there\nnew line \u0001 ctrl, emoji 📌 and ünïcode ★ / slash",
                EntrySource.MANUAL, List.of(new Reference(Reference.Type.COMMIT, "ab12cd"),
                        new Reference(Reference.Type.URL, "https://ci.example/run/7?a=1&b=\"2\"")),
                true, new Correction(40, Correction.Type.AMEND), "0".repeat(63) + "1", null);

        assertThat(CanonicalForm.of(tricky)).isEqualTo("{\"v\":1,\"id\":42,\"incident\":3,"
                + "\"occurred_at\":\"2026-03-29T01:59:30+01:00\",\"ended_at\":\"2026-03-29T03:10:00+02:00\","
                + "\"recorded_at\":\"2026-03-29T01:10:00.123Z\",\"author\":\"Zoë \\\"ops\\\" Ångström\",\"kind\":\"action\","
                + "\"source\":\"manual\",\"text\":\"rebuilt <orders> from e-mails \\\\ | tab\\there\\nnew line \\u0001 ctrl, "
                + "emoji 📌 and ünïcode ★ / slash\",\"references\":[{\"type\":\"commit\",\"value\":\"ab12cd\"},"
                + "{\"type\":\"url\",\"value\":\"https://ci.example/run/7?a=1&b=\\\"2\\\"\"}],\"pinned\":true,"
                + "\"corrects\":40,\"correction\":\"amend\",\"previous_hash\":\"" + "0".repeat(63) + "1\"}");
        assertThat(CanonicalForm.hash(tricky)).isEqualTo("c978b629b134736e911995793b194a0b9ef2efc9b8976523344320c56e1cd218");
    }

    /** The hash is of the canonical text's UTF-8 bytes, also for text longer than any buffer and unpaired surrogates. */
    @ParameterizedTest
    @ValueSource(strings = {"lone \uD83D high and \uDCCC low surrogate, then a pair \uD83D\uDCCC", "\uD83D", "★"})
    void theHashIsOfTheCanonicalTextsUtf8Bytes(String awkward) throws Exception {
        for (String text : List.of(awkward, awkward.repeat(5000), "x".repeat(700) + awkward)) {
            Entry entry = new Entry(7, 1, OffsetDateTime.parse("2026-12-01T02:03:00Z"), null, Instant.parse("2026-12-01T02:04:00Z"),
                    "Ana", EntryKind.NOTE, text, EntrySource.CLI, List.of(), false, null, CanonicalForm.GENESIS, null);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalForm.of(entry).getBytes(StandardCharsets.UTF_8));

            assertThat(CanonicalForm.hash(entry)).isEqualTo(HexFormat.of().formatHex(digest));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T02:03:00+01:00", "2026-12-01T00:00:00Z", "2026-12-01T02:03:04.999-09:30",
            "0007-01-01T00:00:00+14:00", "+12026-12-01T02:03:00+01:00", "-0001-12-01T02:03:00+01:00", "2026-12-01T02:03:00+01:00:30"})
    void timesAreWrittenAsIsoFormattingWritesThem(String time) {
        OffsetDateTime occurred = OffsetDateTime.parse(time);

        assertThat(CanonicalForm.time(occurred))
                .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurred.truncatedTo(ChronoUnit.SECONDS)));
        assertThat(CanonicalForm.instant(occurred.toInstant().plusNanos(120_000)))
                .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(occurred.toInstant().plusNanos(120_000).truncatedTo(ChronoUnit.MILLIS)));
    }

    @Test
    void aPlainEntryInUtcKeepsItsHash() {
        Entry plain = new Entry(1, 1, OffsetDateTime.parse("2026-12-01T02:03:00Z"), null, Instant.parse("2026-12-01T02:04:00Z"),
                "Ana", EntryKind.NOTE, "tables empty", EntrySource.CLI, List.of(), false, null, CanonicalForm.GENESIS, null);

        assertThat(CanonicalForm.hash(plain)).isEqualTo("bd3c9685fb5c0aa485791d65e655fa5ac315ff0cf5bc32888e9b329d008a3756");
    }
}
