package dev.firebreak.backup.database;

/** What a throwaway database of Firebreak's ({@link DatabaseNames#scratch}) is for, and what one left behind was. */
public enum ScratchPurpose {
    RESTORING("restoring", "the scratch copy of a replace restore that was interrupted"),
    VERIFY("verify", "the scratch database of a test restore (verify) that was interrupted"),
    TABLES("tables", "the scratch database of a tables restore that was interrupted");

    private final String word;
    private final String leftover;

    ScratchPurpose(String word, String leftover) {
        this.word = word;
        this.leftover = leftover;
    }

    /** The word in the database name: {@code shop_fb<word>_20261201_031500}. */
    public String word() {
        return word;
    }

    /** What such a database is when no live Firebreak process works on it any more. */
    public String leftover() {
        return leftover;
    }
}
