package dev.firebreak.protect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.firebreak.core.UserFacingException;

/** A WAL position as PostgreSQL prints it ({@code 16/B374D848}): an unsigned 64-bit byte offset into the WAL. */
public record Lsn(long value) implements Comparable<Lsn> {
    public static final Lsn ZERO = new Lsn(0);

    @JsonCreator
    public static Lsn parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        try {
            return new Lsn(Long.parseUnsignedLong(text.substring(0, slash), 16) << 32
                    | Long.parseUnsignedLong(text.substring(slash + 1), 16));
        } catch (RuntimeException e) {
            throw new UserFacingException("Not a WAL position: '" + text + "'. Expected two hex numbers like 0/3000060.");
        }
    }

    /** The number of the WAL segment file this position falls into. */
    public long segment(long segmentSize) {
        return Long.divideUnsigned(value, segmentSize);
    }

    /** Where segment {@code number} begins. */
    public static Lsn ofSegment(long number, long segmentSize) {
        return new Lsn(number * segmentSize);
    }

    public boolean isAtLeast(Lsn other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Lsn other) {
        return Long.compareUnsigned(value, other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%X/%X", value >>> 32, value & 0xFFFFFFFFL);
    }
}
