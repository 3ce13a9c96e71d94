package dev.firebreak.protect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One WAL file that pg_receivewal wrote: {@code TTTTTTTTXXXXXXXXYYYYYYYY}, timeline then segment number in two
 * halves, with {@code .partial} while the segment is still being received.
 */
public record WalSegment(String fileName, int timeline, long number, boolean partial) {
    private static final Pattern NAME = Pattern.compile("([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})(\\.partial)?");

    /** The segment a file name stands for, or empty for anything else (history files, temp files). */
    public static Optional<WalSegment> parse(String fileName, long segmentSize) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long segmentsPerId = 0x1_0000_0000L / segmentSize;
        long number = Long.parseLong(matcher.group(2), 16) * segmentsPerId + Long.parseLong(matcher.group(3), 16);
        return Optional.of(new WalSegment(fileName, Integer.parseInt(matcher.group(1), 16), number,
                matcher.group(4) != null));
    }

    public Lsn start(long segmentSize) {
        return Lsn.ofSegment(number, segmentSize);
    }

    public Lsn end(long segmentSize) {
        return Lsn.ofSegment(number + 1, segmentSize);
    }
}
