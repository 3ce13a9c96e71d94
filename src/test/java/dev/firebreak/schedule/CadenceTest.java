package dev.firebreak.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CadenceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void intervalsReadAsPeopleWriteThem() {
        assertThat(Cadence.parse("daily", "02:00").describe()).isEqualTo("daily at 02:00");
        assertThat(Cadence.parse("hourly", "07:15").describe()).isEqualTo("hourly at minute 15");
        assertThat(Cadence.parse("6h", "02:30").describe()).isEqualTo("every 6 h at 02:30, 08:30, 14:30, 20:30");
        assertThat(Cadence.parse("6h", "20:30").hours()).containsExactly(2, 8, 14, 20);
        assertThat(Cadence.parse("6H", "02:30").every()).isEqualTo("6h");
    }

    @Test
    void anIntervalThatDoesNotDivideADayOrABadTimeIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Cadence.parse("5h", "02:00")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("use daily, hourly or one of 2h, 3h, 4h, 6h, 8h, 12h");
        assertThatThrownBy(() -> Cadence.parse("weekly", "02:00")).hasMessageContaining("Unknown interval 'weekly'");
        assertThatThrownBy(() -> Cadence.parse("daily", "25:00")).hasMessageContaining("use HH:MM");
    }

    @Test
    void previousAndNextRunsCrossMidnight() {
        Cadence sixHourly = Cadence.parse("6h", "02:30");
        ZonedDateTime justAfterMidnight = ZonedDateTime.of(2026, 12, 1, 0, 10, 0, 0, BERLIN);
        assertThat(sixHourly.previous(justAfterMidnight)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 20, 30, 0, 0, BERLIN));
        assertThat(sixHourly.next(justAfterMidnight)).isEqualTo(ZonedDateTime.of(2026, 12, 1, 2, 30, 0, 0, BERLIN));
        ZonedDateTime onTheDot = ZonedDateTime.of(2026, 12, 1, 8, 30, 0, 0, BERLIN);
        assertThat(sixHourly.previous(onTheDot)).isEqualTo(onTheDot);
        assertThat(sixHourly.next(onTheDot)).isEqualTo(onTheDot.plusHours(6));
    }

    @Test
    void aBackupIsDueOnlyWhenTheLastRunTimePassedWithoutOneAndTheSystemTimerHadItsGrace() {
        Schedule daily = Schedule.of("shop", Cadence.parse("daily", "02:00"), false, true, null);
        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, BERLIN);
        Instant yesterday = morning.minusDays(1).toInstant();
        Instant byTheTimer = ZonedDateTime.of(2026, 12, 1, 2, 1, 0, 0, BERLIN).toInstant();

        assertThat(daily.isDue(null, morning)).as("never backed up").isTrue();
        assertThat(daily.isDue(yesterday, morning)).isTrue();
        assertThat(daily.isDue(byTheTimer, morning)).as("the system timer made today's").isFalse();
        assertThat(daily.isDue(yesterday, ZonedDateTime.of(2026, 12, 1, 2, 5, 0, 0, BERLIN)))
                .as("the timer's own run may still be going").isFalse();
    }
}
