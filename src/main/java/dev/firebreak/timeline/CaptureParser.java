package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Understands the capture line typed at 2 AM: "{@code 2:03 realized the push went to main}",
 * "{@code 3:00-7:30 rebuilt orders}" or plain text (now). A leading time means the most recent moment with that
 * wall-clock time in {@code zone} that is not in the future: today, else yesterday. Around a DST change the wall
 * clock can name two moments (the later one not in the future wins) or none (it moves forward by the gap). The
 * result keeps the offset it was resolved with, so a later zone change never moves it.
 */
public final class CaptureParser {
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(\\d{1,2})[:.](\\d{2})(?:\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    private final Clock clock;
    private final ZoneId zone;

    public CaptureParser(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Capture parse(String line) {
        String text = line == null ? "" : line.strip();
        Matcher matcher = LEADING_TIME.matcher(text);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), zone);
        if (!leadsWithTime(matcher)) {
            return capture(now, null, text, false);
        }
        OffsetDateTime start = latestNotAfter(time(matcher.group(1), matcher.group(2)), now);
        OffsetDateTime end = matcher.group(3) == null ? null : endOfSpan(start, time(matcher.group(3), matcher.group(4)));
        return capture(start, end, matcher.group(5) == null ? "" : matcher.group(5).strip(), true);
    }

    /** {@code text} at {@code when} ("2:03" or "3:00-7:30"), as if typed together; anything else is refused. */
    public Capture parseAt(String when, String text) {
        Matcher matcher = LEADING_TIME.matcher(when.strip());
        if (!leadsWithTime(matcher) || matcher.group(5) != null) {
            throw new UserFacingException("Not a time: '" + when + "'; use HH:MM or HH:MM-HH:MM, e.g. --at 2:03");
        }
        return parse(when.strip() + " " + text);
    }

    private static Capture capture(OffsetDateTime start, OffsetDateTime end, String text, boolean timed) {
        if (text.isEmpty()) {
            throw new UserFacingException("Nothing to log: type what happened, e.g. \"2:03 realized the push went to main\"");
        }
        return new Capture(start, end, text, timed);
    }

    private OffsetDateTime latestNotAfter(LocalTime time, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        return Stream.of(today, today.minusDays(1))
                .flatMap(day -> moments(LocalDateTime.of(day, time)))
                .filter(moment -> !moment.isAfter(now))
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElseThrow();
    }

    /** Every moment that wall-clock time names in the zone: usually one, two in a DST overlap, the shifted one in a gap. */
    private Stream<OffsetDateTime> moments(LocalDateTime local) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Stream.of(ZonedDateTime.of(local, zone).toOffsetDateTime());
        }
        return offsets.stream().map(offset -> OffsetDateTime.of(local, offset));
    }

    /** A span ends on the day it started, or the next day when the end's wall clock is earlier ("23:00-1:30"). */
    private OffsetDateTime endOfSpan(OffsetDateTime start, LocalTime endTime) {
        ZonedDateTime zonedStart = start.atZoneSameInstant(zone);
        LocalDateTime end = LocalDateTime.of(zonedStart.toLocalDate(), endTime);
        if (!endTime.isAfter(zonedStart.toLocalTime())) {
            end = end.plusDays(1);
        }
        return ZonedDateTime.ofLocal(end, zone, start.getOffset()).toOffsetDateTime();
    }

    private static boolean leadsWithTime(Matcher matcher) {
        return matcher.matches() && valid(matcher.group(1), matcher.group(2))
                && (matcher.group(3) == null || valid(matcher.group(3), matcher.group(4)));
    }

    private static boolean valid(String hours, String minutes) {
        return Integer.parseInt(hours) < 24 && Integer.parseInt(minutes) < 60;
    }

    private static LocalTime time(String hours, String minutes) {
        return LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes));
    }
}
