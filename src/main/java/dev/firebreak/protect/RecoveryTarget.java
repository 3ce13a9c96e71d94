package dev.firebreak.protect;

import dev.firebreak.core.UserFacingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Where replay stops: just before transaction {@code xid} commits ({@code --before-xid}), or at an instant
 * ({@code --at}). A time without a zone is read in the user's zone, since that is the clock they looked at; the
 * resolved UTC instant is what goes into {@code recovery_target_time}, so the server's own zone cannot shift it.
 */
public record RecoveryTarget(Long xid, Instant time) {

    public static RecoveryTarget beforeXid(String text) {
        try {
            long xid = Long.parseLong(text.trim());
            if (xid < 3) { // 0-2 are PostgreSQL's invalid, bootstrap and frozen ids, never a user transaction
                throw new NumberFormatException();
            }
            return new RecoveryTarget(xid, null);
        } catch (NumberFormatException e) {
            throw new UserFacingException("Not a transaction id: '" + text + "'. Give the xid that firebreak pitr find "
                    + "lists (a number such as 7812). Nothing was changed.");
        }
    }

    /** {@code 2026-12-07T01:58:00+01:00}, {@code …Z}, {@code …[Europe/Berlin]}, or without a zone in {@code userZone}. */
    public static RecoveryTarget at(String text, ZoneId userZone) {
        String trimmed = text.trim().replace(' ', 'T');
        for (java.util.function.Function<String, Instant> parser : List.<java.util.function.Function<String, Instant>>of(
                value -> ZonedDateTime.parse(value).toInstant(),
                value -> OffsetDateTime.parse(value).toInstant(),
                value -> LocalDateTime.parse(value).atZone(userZone).toInstant())) {
            try {
                return new RecoveryTarget(null, parser.apply(trimmed));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new UserFacingException("Not a time: '" + text + "'. Use ISO-8601, e.g. 2026-12-07T01:58:00+01:00, "
                + "2026-12-07T00:58:00Z, or 2026-12-07T01:58:00 for your own zone (" + userZone + "). Nothing was changed.");
    }

    public Optional<Long> xidValue() {
        return Optional.ofNullable(xid);
    }

    /** The recovery settings for postgresql.auto.conf: stop before the target, and pause there for checks. */
    public List<String> settings() {
        String target = xid != null ? "recovery_target_xid = '" + xid + "'" : "recovery_target_time = '" + time + "'";
        return List.of(target, "recovery_target_inclusive = false", "recovery_target_action = 'pause'");
    }

    /**
     * The newest base backup that ended before {@code time}: replay may start only from a backup that is consistent
     * before the target. A target before every base backup's end is refused, naming the earliest possible target.
     */
    public static BaseBackup baseBackupFor(List<BaseBackup> backups, Instant time, String profile) {
        return backups.stream().filter(backup -> backup.verified() == null || backup.verified().ok())
                .filter(backup -> backup.endedAt().isBefore(time))
                .reduce((a, b) -> b.endedAt().isAfter(a.endedAt()) ? b : a)
                .orElseThrow(() -> new UserFacingException("No usable base backup of '" + profile + "' ended before "
                        + time + (backups.isEmpty() ? "" : " (the earliest ended at " + backups.stream()
                        .map(BaseBackup::endedAt).min(Instant::compareTo).orElseThrow() + ")") + ", so it cannot be "
                        + "restored to that moment. Nothing was changed. Choose a later target, see: firebreak protect "
                        + "status --profile " + profile));
    }
}
