package dev.firebreak.core;

/** The part of Firebreak that published an event: the journal files the entry under it. */
public enum EventSource {
    PREPUSH, BACKUP, RESTORE,
    /** Practice mode (its simulated CI deploy). */
    PRACTICE
}
