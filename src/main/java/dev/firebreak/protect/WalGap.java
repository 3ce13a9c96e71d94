package dev.firebreak.protect;

/** WAL missing from the store between two received segments: a restore cannot replay across it. */
public record WalGap(Lsn from, Lsn to) {
    @Override
    public String toString() {
        return from + " to " + to;
    }
}
