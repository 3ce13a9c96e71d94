package dev.firebreak.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.UserFacingException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code --at} / {@code --before-xid} and choosing the base backup replay starts from. */
class RecoveryTargetTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aTimeWithoutAZoneIsTheUsersLocalTimeAndOneWithAZoneIsTakenAsWritten() {
        assertThat(RecoveryTarget.at("2026-12-07T01:58:00", BERLIN).time()).isEqualTo(Instant.parse("2026-12-07T00:58:00Z"));
        assertThat(RecoveryTarget.at("2026-12-07 01:58", BERLIN).time()).isEqualTo(Instant.parse("2026-12-07T00:58:00Z"));
        assertThat(RecoveryTarget.at("2026-12-07T01:58:00Z", BERLIN).time()).isEqualTo(Instant.parse("2026-12-07T01:58:00Z"));
        assertThat(RecoveryTarget.at("2026-12-07T01:58:00-05:00", BERLIN).time()).isEqualTo(Instant.parse("2026-12-07T06:58:00Z"));
        assertThat(RecoveryTarget.at("2026-12-07T01:58:00+01:00[Europe/Berlin]", ZoneId.of("UTC")).time())
                .isEqualTo(Instant.parse("2026-12-07T00:58:00Z"));
        assertThat(RecoveryTarget.at("2026-12-07T01:58:00", BERLIN).settings())
                .containsExactly("recovery_target_time = '2026-12-07T00:58:00Z'", "recovery_target_inclusive = false",
                        "recovery_target_action = 'pause'");
    }

    @Test
    void badInputIsAClearErrorThatSaysWhatToType() {
        assertThatThrownBy(() -> RecoveryTarget.at("yesterday", BERLIN)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Use ISO-8601").hasMessageContaining("Europe/Berlin");
        assertThatThrownBy(() -> RecoveryTarget.beforeXid("12a")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Not a transaction id");
        assertThatThrownBy(() -> RecoveryTarget.beforeXid("2")).isInstanceOf(UserFacingException.class);
        assertThat(RecoveryTarget.beforeXid(" 7812 ").settings()).first().isEqualTo("recovery_target_xid = '7812'");
    }

    @Test
    void theNewestUsableBaseBackupThatEndedBeforeTheTargetIsChosen() {
        BaseBackup first = backup("a", "2026-12-06T01:00:00Z", true);
        BaseBackup damaged = backup("b", "2026-12-06T20:00:00Z", false);
        BaseBackup second = backup("c", "2026-12-07T01:00:00Z", true);
        List<BaseBackup> backups = List.of(first, damaged, second);

        assertThat(RecoveryTarget.baseBackupFor(backups, Instant.parse("2026-12-07T02:00:00Z"), "shop")).isEqualTo(second);
        assertThat(RecoveryTarget.baseBackupFor(backups, Instant.parse("2026-12-06T22:00:00Z"), "shop"))
                .as("the damaged one is skipped").isEqualTo(first);
        assertThatThrownBy(() -> RecoveryTarget.baseBackupFor(backups, Instant.parse("2026-12-06T00:30:00Z"), "shop"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("the earliest ended at 2026-12-06T01:00:00Z").hasMessageContaining("Nothing was changed");
    }

    private static BaseBackup backup(String id, String endedAt, boolean ok) {
        Instant end = Instant.parse(endedAt);
        return new BaseBackup(id, Lsn.ZERO, Lsn.ZERO, end.minusSeconds(60), end, 1, 1,
                new VerifyResult(ok, ok ? "ok" : "damaged", true, end));
    }
}
