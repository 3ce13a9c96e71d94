package dev.firebreak.protect;

/**
 * When a transaction's DELETEs or UPDATEs of one table count as destructive: at least {@code sharePercent} of the rows
 * the table held, or at least {@code rows} rows whatever its size.
 */
public record Thresholds(int sharePercent, long rows) {
    public static final Thresholds DEFAULT = new Thresholds(50, 10_000);
    /** A queue or session table of a handful of rows is emptied all day long: the share counts from this many rows. */
    static final long FEWEST = 10;

    /** @param tableRows the rows the table held before (including those the transaction inserted), null if unknown */
    boolean reached(long changed, Long tableRows) {
        return changed >= rows || tableRows != null && changed >= FEWEST && changed * 100 >= (long) sharePercent * tableRows;
    }
}
