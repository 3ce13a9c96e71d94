package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader of stored times gives exactly what the standard parser gives, including its errors. */
class StoredTimeTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T02:03:00+01:00", "2026-03-29T03:10:59+02:00", "2026-12-01T02:03:00Z",
            "2026-12-01T02:03:00-09:30", "2026-12-01T02:03:00+00:00", "2026-12-01T02:03:00-00:00",
            "2026-12-01T02:03:00.5+01:00", "2026-12-01T02:03+01:00", "2026-12-01T02:03:00+01:00:30", "0001-01-01T00:00:00+14:00"})
    void offsetTimesReadAsTheStandardParserReadsThem(String stored) {
        OffsetDateTime fast = StoredTime.offsetDateTime(stored);
        assertThat(fast).isEqualTo(OffsetDateTime.parse(stored));
        assertThat(fast.getOffset()).isEqualTo(OffsetDateTime.parse(stored).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T01:04:12.345Z", "2026-12-01T01:04:12Z", "2026-12-01T01:04:12.3Z",
            "2026-12-01T01:04:12.345678Z", "2016-12-31T23:59:60Z"})
    void instantsReadAsTheStandardParserReadsThem(String stored) {
        assertThat(StoredTime.instant(stored)).isEqualTo(Instant.parse(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T02:03:00+01:00", "2026-12-01T24:00:00+01:00", "2026-12-01X02:03:00+01:00",
            "2026-12-01T02:03:00+19:00", "2026-1a-01T02:03:00+01:00", "yesterday"})
    void aDamagedTimeFailsAsTheStandardParserFails(String stored) {
        assertThatThrownBy(() -> StoredTime.offsetDateTime(stored)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T01:04:12Z", "2026-12-01T01:04:1xZ", "2026-12-01 01:04:12.345Z", "2026-12-01T01:04:12.34xZ"})
    void aDamagedInstantFailsAsTheStandardParserFails(String stored) {
        assertThatThrownBy(() -> StoredTime.instant(stored)).isInstanceOf(DateTimeParseException.class);
    }
}
