package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2 AM capture line: leading times, spans, midnight, DST and zone changes. */
class CaptureParserTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static CaptureParser at(String instant, ZoneId zone) {
        return new CaptureParser(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")), zone);
    }

    static OffsetDateTime time(String text) {
        return OffsetDateTime.parse(text);
    }

    @Test
    void theStoryTypedAfterTheNightGivesTheRightTimesAndSpans() {
        CaptureParser parser = at("2026-12-01T07:10:00Z", BERLIN); // 08:10 in Berlin
        List<Capture> story = List.of("2:03 realized the push went to main", "2:05 checked the database",
                "2:10 called the client", "2:15 found a three-week-old backup",
                "3:00-7:30 rebuilt orders from e-mails", "8:00 95% recovered").stream().map(parser::parse).toList();

        assertThat(story).extracting(Capture::occurredAt).containsExactly(time("2026-12-01T02:03+01:00"),
                time("2026-12-01T02:05+01:00"), time("2026-12-01T02:10+01:00"), time("2026-12-01T02:15+01:00"),
                time("2026-12-01T03:00+01:00"), time("2026-12-01T08:00+01:00"));
        assertThat(story).extracting(Capture::text).containsExactly("realized the push went to main",
                "checked the database", "called the client", "found a three-week-old backup",
                "rebuilt orders from e-mails", "95% recovered");
        assertThat(story.get(4).endedAt()).isEqualTo(time("2026-12-01T07:30+01:00"));
        assertThat(story.stream().filter(capture -> capture != story.get(4))).allMatch(capture -> capture.end().isEmpty());
    }

    @Test
    void withoutALeadingTimeTheLineHappensNowAndNumbersInTheTextStay() {
        CaptureParser parser = at("2026-12-01T07:10:00Z", BERLIN);
        assertThat(parser.parse("95% recovered")).isEqualTo(new Capture(time("2026-12-01T08:10+01:00"), null, "95% recovered", false));
        assertThat(parser.parse("02:05 tables empty").timed()).isTrue();
        assertThat(parser.parse("25:00 is not a time").text()).isEqualTo("25:00 is not a time");
        assertThat(parser.parse("02:05 tables empty").occurredAt()).isEqualTo(time("2026-12-01T02:05+01:00"));
    }

    @Test
    void aTimeStillInTheFutureTodayMeansYesterday() {
        CaptureParser parser = at("2026-12-01T23:30:00Z", BERLIN); // 00:30 on 2 December in Berlin
        assertThat(parser.parse("23:50 deploy started").occurredAt()).isEqualTo(time("2026-12-01T23:50+01:00"));
        assertThat(parser.parse("0:10 alert fired").occurredAt()).isEqualTo(time("2026-12-02T00:10+01:00"));
    }

    @Test
    void aSpanThatCrossesMidnightEndsTheNextDay() {
        Capture span = at("2026-12-02T07:00:00Z", BERLIN).parse("23:00-1:30 restore ran");
        assertThat(span.occurredAt()).isEqualTo(time("2026-12-01T23:00+01:00"));
        assertThat(span.endedAt()).isEqualTo(time("2026-12-02T01:30+01:00"));
    }

    @Test
    void inTheAutumnOverlapTheLatestMomentNotInTheFutureWins() {
        // 25 Oct 2026, Berlin: 03:00 CEST becomes 02:00 CET; now is the second 02:40 (CET).
        CaptureParser parser = at("2026-10-25T01:40:00Z", BERLIN);
        assertThat(parser.parse("2:10 second pass").occurredAt()).isEqualTo(time("2026-10-25T02:10+01:00"));
        assertThat(parser.parse("2:50 first pass").occurredAt()).isEqualTo(time("2026-10-25T02:50+02:00"));
    }

    @Test
    void aSpanOverTheAutumnChangeLastsItsRealDuration() {
        Capture span = at("2026-10-25T05:00:00Z", BERLIN).parse("1:30-3:30 migration ran");
        assertThat(span.occurredAt()).isEqualTo(time("2026-10-25T01:30+02:00"));
        assertThat(span.endedAt()).isEqualTo(time("2026-10-25T03:30+01:00"));
        assertThat(Duration.between(span.occurredAt(), span.endedAt())).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void overTheSpringChangeSpansShrinkAndAMissingTimeMovesForward() {
        // 29 Mar 2026, Berlin: 02:00 CET becomes 03:00 CEST.
        CaptureParser parser = at("2026-03-29T04:00:00Z", BERLIN);
        Capture span = parser.parse("1:30-3:30 migration ran");
        assertThat(Duration.between(span.occurredAt(), span.endedAt())).isEqualTo(Duration.ofHours(1));
        assertThat(parser.parse("2:30 in the gap").occurredAt()).isEqualTo(time("2026-03-29T03:30+02:00"));
    }

    @Test
    void theSameWordsInAnotherZoneMeanThatZonesWallClock() {
        Capture berlin = at("2026-12-01T07:10:00Z", BERLIN).parse("2:03 realized");
        Capture newYork = at("2026-12-01T07:10:00Z", ZoneId.of("America/New_York")).parse("2:03 realized");
        assertThat(berlin.occurredAt()).isEqualTo(time("2026-12-01T02:03+01:00"));
        assertThat(newYork.occurredAt()).isEqualTo(time("2026-12-01T02:03-05:00"));
        assertThat(Duration.between(berlin.occurredAt(), newYork.occurredAt())).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anEmptyLineIsRefusedWithAnExample() {
        CaptureParser parser = at("2026-12-01T07:10:00Z", BERLIN);
        assertThatThrownBy(() -> parser.parse("  ")).isInstanceOf(UserFacingException.class).hasMessageContaining("2:03");
        assertThatThrownBy(() -> parser.parse("2:03")).isInstanceOf(UserFacingException.class);
    }
}
