package dev.firebreak.core;

/** The user cancelled a long job; callers undo partial work and report "cancelled", not an error. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled");
    }
}
